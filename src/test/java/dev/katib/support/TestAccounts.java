package dev.katib.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;

import dev.katib.accounts.Profile;
import dev.katib.accounts.Role;
import dev.katib.accounts.members.Member;
import dev.katib.accounts.members.MemberStatus;
import dev.katib.accounts.members.Members;
import dev.katib.accounts.members.Organisation;
import dev.katib.accounts.members.Organisations;
import dev.katib.accounts.tokens.AccessTokens;
import dev.katib.platform.Ids;

/**
 * Organisations and members for tests, stored in the real database, and access tokens for them.
 * Every integration test has one as {@code accounts}:
 *
 * <pre>
 * var org = accounts.organisation();                    // a new organisation with an owner
 * var writer = accounts.member(org, Role.WRITER);       // an active member with these roles
 * client().get().uri("/api/v1/me").header("Authorization", accounts.bearer(writer))...
 * </pre>
 *
 * Every member's password is {@link #PASSWORD}; e-mail addresses are unique per call.
 */
public final class TestAccounts {

	/** The password of every member created here. */
	public static final String PASSWORD = "quiet harbour lantern 1447";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();
	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final Organisations organisations;
	private final Members members;
	private final AccessTokens tokens;
	private final java.time.Clock clock;
	private final String passwordHash;

	public TestAccounts(Organisations organisations, Members members, AccessTokens tokens, PasswordEncoder passwords,
			java.time.Clock clock) {
		this.organisations = organisations;
		this.members = members;
		this.tokens = tokens;
		this.clock = clock;
		this.passwordHash = passwords.encode(PASSWORD);
	}

	/** A new organisation and its owner. */
	public record TestOrganisation(UUID tenantId, Account owner) {
	}

	/** A member who can sign in with {@link TestAccounts#PASSWORD}. */
	public record Account(UUID tenantId, UUID memberId, String email, Set<Role> roles) {
	}

	public TestOrganisation organisation() {
		UUID tenantId = Ids.newId(clock);
		int n = SEQUENCE.incrementAndGet();
		organisations.add(new Organisation(tenantId, "جهة الاختبار " + n, "Test organisation " + n,
				Organisation.DEFAULT_TIME_ZONE, "ar", Organisation.Digits.ARABIC));
		return new TestOrganisation(tenantId, add(tenantId, MemberStatus.ACTIVE, false, Role.OWNER));
	}

	/** An active member of the organisation with these roles. */
	public Account member(TestOrganisation organisation, Role... roles) {
		return add(organisation.tenantId(), MemberStatus.ACTIVE, false, roles);
	}

	/** A member who must set a new password at first sign-in. */
	public Account memberWhoMustChangePassword(TestOrganisation organisation, Role... roles) {
		return add(organisation.tenantId(), MemberStatus.ACTIVE, true, roles);
	}

	/** Disables the member, as an administrator would. */
	public void disable(Account account) {
		Member member = members.find(account.tenantId(), account.memberId()).orElseThrow();
		members.changeStatus(account.tenantId(), account.memberId(), MemberStatus.DISABLED, member.version());
	}

	/** A signed access token for the member, as {@code POST /api/v1/auth/token} would give. */
	public String token(Account account) {
		Member member = members.find(account.tenantId(), account.memberId()).orElseThrow();
		return tokens.issue(member).value();
	}

	/** The value of an {@code Authorization} header for the member. */
	public String bearer(Account account) {
		return "Bearer " + token(account);
	}

	/**
	 * Signs the member in through the browser sign-in form of the running server and returns the
	 * {@code Cookie} header value of their session, for tests of pages.
	 */
	public String sessionCookie(String baseUrl, Account account) {
		try {
			HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			String page = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/signin")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			Matcher csrf = CSRF.matcher(page);
			if (!csrf.find()) {
				throw new IllegalStateException("The sign-in page has no CSRF token");
			}
			String form = "email=" + URLEncoder.encode(account.email(), StandardCharsets.UTF_8) + "&password="
					+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
			HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/signin"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			String location = signedIn.headers().firstValue("Location").orElse("");
			if (signedIn.statusCode() != 302 || location.contains("error")) {
				throw new IllegalStateException("Signing in " + account.email() + " failed: " + location);
			}
			return signedIn.headers()
				.allValues("Set-Cookie")
				.stream()
				.filter(cookie -> cookie.startsWith("KATIB_SESSION="))
				.map(cookie -> cookie.substring(0, cookie.indexOf(';')))
				.findFirst()
				.orElseThrow();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Account add(UUID tenantId, MemberStatus status, boolean mustChangePassword, Role... roles) {
		int n = SEQUENCE.incrementAndGet();
		Set<Role> roleSet = Set.of(roles);
		String email = (roles.length == 0 ? "member" : roles[0].name().toLowerCase()) + "-" + n + "-"
				+ UUID.randomUUID().toString().substring(0, 8) + "@test.katib.dev";
		Member member = new Member(Ids.newId(clock), tenantId, email, "Member " + n, "ar", status, roleSet,
				mustChangePassword, null, Profile.of("Member " + n, null), 0);
		members.add(member, passwordHash);
		return new Account(tenantId, member.id(), email, roleSet);
	}
}
