package dev.katib.accounts.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.katib.accounts.AccountEvent;
import dev.katib.accounts.members.Member;
import dev.katib.accounts.members.Rows;

/**
 * Slows down password guessing, after Keycloak's brute-force detector and GitLab's lockout. Failed
 * sign-ins are counted per account and per client address; past a threshold each further failure
 * locks that subject for a time that doubles, up to a ceiling, and the count is forgotten a while
 * after the last failure. Attempts during a lock are refused without being counted.
 * <p>
 * Nobody can keep a member out from elsewhere: an account lock never applies at an address the
 * member has signed in from before, a lock never lasts longer than its ceiling, a success resets
 * the account's count, and an administrator can unlock.
 * <p>
 * Nor can one person keep an office out: failures for e-mails that belong to nobody count apart
 * (per address, {@code unknown:}) and hold back only further unknown e-mails from that address, so
 * the members behind the same NAT keep signing in. Wrong passwords for members' e-mails lock the
 * address for everyone who has not signed in from it before.
 */
@Component
public class SignInThrottle {

	/** How one kind of subject is throttled. */
	record Policy(String prefix, int threshold, Duration firstLock, Duration longestLock, Duration forgetAfter) {

		Duration lockAfter(int failures) {
			int doublings = Math.min(failures - threshold, 20);
			Duration lock = firstLock.multipliedBy(1L << doublings);
			return lock.compareTo(longestLock) > 0 ? longestLock : lock;
		}
	}

	static final Policy ACCOUNT = new Policy("account:", 5, Duration.ofMinutes(1), Duration.ofMinutes(15),
			Duration.ofHours(12));
	static final Policy ADDRESS = new Policy("address:", 20, Duration.ofMinutes(1), Duration.ofHours(1),
			Duration.ofHours(1));
	static final Policy UNKNOWN = new Policy("unknown:", 20, Duration.ofMinutes(1), Duration.ofHours(1),
			Duration.ofHours(1));
	static final Duration KNOWN_ADDRESS_KEPT = Duration.ofDays(90);

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	boolean blocked(@Nullable Member member, @Nullable String address) {
		if (member == null) {
			return address != null && (locked(UNKNOWN.prefix() + address) || locked(ADDRESS.prefix() + address));
		}
		boolean lockedHere = address != null && locked(ADDRESS.prefix() + address);
		return (lockedHere || locked(ACCOUNT.prefix() + member.id())) && !known(member.id(), address);
	}

	void failed(@Nullable Member member, @Nullable String address) {
		if (member == null) {
			if (address != null) {
				count(UNKNOWN, address, null, null, address);
			}
			return;
		}
		if (address != null) {
			count(ADDRESS, address, null, null, address);
		}
		count(ACCOUNT, member.id().toString(), member.tenantId(), member.id(), address);
	}

	void succeeded(Member member, @Nullable String address) {
		unlock(member.id());
		if (address != null) {
			jdbc.sql("""
					INSERT INTO accounts_known_address (user_id, address, last_success_at) VALUES (:user, :address, :now)
					ON CONFLICT (user_id, address) DO UPDATE SET last_success_at = :now""")
				.param("user", member.id())
				.param("address", address)
				.param("now", Rows.at(clock.instant()))
				.update();
		}
	}

	/** Forgets the account's failures and lifts its lock. */
	public void unlock(UUID memberId) {
		jdbc.sql("DELETE FROM accounts_sign_in_throttle WHERE subject = :subject")
			.param("subject", ACCOUNT.prefix() + memberId)
			.update();
	}

	/** Whether the account is locked now (for addresses it has not signed in from before). */
	public boolean accountLocked(UUID memberId) {
		return locked(ACCOUNT.prefix() + memberId);
	}

	private boolean locked(String subject) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM accounts_sign_in_throttle WHERE subject = :subject AND locked_until > :now)")
			.param("subject", subject)
			.param("now", Rows.at(clock.instant()))
			.query(Boolean.class)
			.single();
	}

	private boolean known(UUID memberId, @Nullable String address) {
		return address != null && jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM accounts_known_address
				WHERE user_id = :user AND address = :address AND last_success_at > :since)""")
			.param("user", memberId)
			.param("address", address)
			.param("since", Rows.at(clock.instant().minus(KNOWN_ADDRESS_KEPT)))
			.query(Boolean.class)
			.single();
	}

	private void count(Policy policy, String key, @Nullable UUID tenantId, @Nullable UUID memberId,
			@Nullable String address) {
		Instant now = clock.instant();
		int failures = jdbc.sql("""
				INSERT INTO accounts_sign_in_throttle (subject, failures, last_failure_at) VALUES (:subject, 1, :now)
				ON CONFLICT (subject) DO UPDATE SET
				  failures = CASE WHEN accounts_sign_in_throttle.last_failure_at < :forget THEN 1
				                  ELSE accounts_sign_in_throttle.failures + 1 END,
				  last_failure_at = :now
				RETURNING failures""")
			.param("subject", policy.prefix() + key)
			.param("now", Rows.at(now))
			.param("forget", Rows.at(now.minus(policy.forgetAfter())))
			.query(Integer.class)
			.single();
		if (failures >= policy.threshold()) {
			Instant until = now.plus(policy.lockAfter(failures));
			jdbc.sql("UPDATE accounts_sign_in_throttle SET locked_until = :until WHERE subject = :subject")
				.param("until", Rows.at(until))
				.param("subject", policy.prefix() + key)
				.update();
			events.publishEvent(new AccountEvent.LockedOut(tenantId, memberId, policy.prefix() + key, until, address,
					now));
		}
	}
}
