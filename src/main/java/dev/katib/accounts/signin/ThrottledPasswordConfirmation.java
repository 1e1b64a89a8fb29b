package dev.katib.accounts.signin;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dev.katib.accounts.PasswordConfirmation;
import dev.katib.accounts.members.Member;
import dev.katib.accounts.members.Members;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/** Confirms passwords under the sign-in throttle's rules, counting each wrong one as a failed sign-in. */
@Component
class ThrottledPasswordConfirmation implements PasswordConfirmation {

	private final Members members;
	private final PasswordEncoder passwords;
	private final SignInThrottle throttle;
	private final TransactionTemplate ownTransaction;

	ThrottledPasswordConfirmation(Members members, PasswordEncoder passwords, SignInThrottle throttle,
			PlatformTransactionManager transactions) {
		this.members = members;
		this.passwords = passwords;
		this.throttle = throttle;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public boolean confirm(UUID tenantId, UUID memberId, String password, @Nullable String address) {
		Member member = members.find(tenantId, memberId).orElse(null);
		if (member == null) {
			return false;
		}
		if (throttle.blocked(member, address)) {
			throw new KatibException(ProblemType.RATE_LIMITED,
					"Too many wrong passwords. Wait a few minutes, then try again.");
		}
		boolean right = members.passwordHash(tenantId, memberId)
			.map(hash -> passwords.matches(password, hash))
			.orElse(false);
		if (!right) {
			// counted even when the step that asked is rolled back
			ownTransaction.executeWithoutResult(status -> throttle.failed(member, address));
		}
		return right;
	}
}
