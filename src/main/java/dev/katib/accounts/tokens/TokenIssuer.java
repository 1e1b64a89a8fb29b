package dev.katib.accounts.tokens;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.accounts.members.AccountProblems;
import dev.katib.accounts.members.Member;
import dev.katib.accounts.signin.PasswordSignIn;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/** Hands out API tokens: for an e-mail and password, or in exchange for a refresh token. */
@Service
class TokenIssuer {

	private static final String REFUSED = "The e-mail or password is not right, or signing in is paused for a while.";

	private final PasswordSignIn signIn;
	private final AccessTokens accessTokens;
	private final RefreshTokens refreshTokens;

	TokenIssuer(PasswordSignIn signIn, AccessTokens accessTokens, RefreshTokens refreshTokens) {
		this.signIn = signIn;
		this.accessTokens = accessTokens;
		this.refreshTokens = refreshTokens;
	}

	/** Access and refresh token for a member who signs in. */
	record Tokens(AccessTokens.AccessToken access, String refresh) {
	}

	@Transactional(noRollbackFor = KatibException.class)
	Tokens signIn(String email, String password, @Nullable String address) {
		if (!(signIn.attempt(email, password, address, "api") instanceof PasswordSignIn.Outcome.Accepted(
				Member member))) {
			throw new KatibException(ProblemType.UNAUTHORIZED, REFUSED);
		}
		if (member.mustChangePassword()) {
			throw new KatibException(AccountProblems.PASSWORD_CHANGE_REQUIRED,
					"Set a new password in the browser first: your administrator asked for it.");
		}
		var refresh = refreshTokens.issue(member);
		return new Tokens(accessTokens.issue(member, refresh.family()), refresh.refreshToken());
	}

	@Transactional(noRollbackFor = KatibException.class)
	Tokens refresh(String refreshToken, @Nullable String address) {
		var rotated = refreshTokens.rotate(refreshToken, address)
			.orElseThrow(() -> new KatibException(ProblemType.UNAUTHORIZED,
					"The refresh token is not valid any more; sign in again."));
		return new Tokens(accessTokens.issue(rotated.member(), rotated.family()), rotated.refreshToken());
	}

	@Transactional
	void revoke(String refreshToken) {
		refreshTokens.revoke(refreshToken);
	}
}
