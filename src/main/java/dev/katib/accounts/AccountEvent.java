package dev.katib.accounts;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.platform.AuditRecord;
import dev.katib.platform.AuditRecord.Outcome;
import dev.katib.platform.AuditableEvent;

/**
 * What happens to organisations, members and their credentials. Each event is published in the
 * transaction of the change and carries what the audit trail keeps about it; none carries a
 * password, token or key.
 */
public sealed interface AccountEvent extends AuditableEvent {

	/** Who acted: a member, or the system (first-run bootstrap, an unauthenticated visitor). */
	record Actor(@Nullable UUID tenantId, @Nullable UUID userId, String name, @Nullable String address) {

		public static Actor of(Caller caller) {
			return new Actor(caller.tenantId(), caller.userId(), caller.name(), caller.sourceAddress());
		}

		public static Actor system() {
			return new Actor(null, null, "system", null);
		}
	}

	/** A member signed in with their password, in the browser or for an API token. */
	record SignedIn(UUID tenantId, UUID userId, String email, String channel, @Nullable String address,
			Instant occurredAt) implements AccountEvent {

		@Override
		public AuditRecord audit() {
			return new AuditRecord(tenantId, userId, email, "accounts.sign-in", "user", userId.toString(),
					Outcome.SUCCESS, address, occurredAt, Map.of("channel", channel));
		}
	}

	/**
	 * A sign-in was refused. The e-mail is kept only when it belongs to a member, so the trail does
	 * not collect passwords typed into the e-mail field.
	 */
	record SignInFailed(@Nullable UUID tenantId, @Nullable UUID userId, @Nullable String email, String channel,
			String reason, @Nullable String address, Instant occurredAt) implements AccountEvent {

		@Override
		public AuditRecord audit() {
			return new AuditRecord(tenantId, userId, email == null ? "unknown" : email, "accounts.sign-in", "user",
					userId == null ? null : userId.toString(), Outcome.FAILURE, address, occurredAt,
					Map.of("channel", channel, "reason", reason));
		}
	}

	/** Too many failed sign-ins: the account or the client address is locked for a while. */
	record LockedOut(@Nullable UUID tenantId, @Nullable UUID userId, String subject, Instant lockedUntil,
			@Nullable String address, Instant occurredAt) implements AccountEvent {

		@Override
		public AuditRecord audit() {
			return new AuditRecord(tenantId, userId, "system", "accounts.locked-out", "sign-in", subject,
					Outcome.DENIED, address, occurredAt, Map.of("lockedUntil", lockedUntil.toString()));
		}
	}

	/** An administrator lifted a member's lockout. */
	record Unlocked(Actor actor, UUID memberId, Instant occurredAt) implements AccountEvent {

		@Override
		public AuditRecord audit() {
			return record(actor, "accounts.unlocked", memberId, occurredAt, Map.of());
		}
	}

	/** A refresh token was presented again after it had been rotated: its whole family is revoked. */
	record RefreshTokenReused(UUID tenantId, UUID userId, UUID familyId, @Nullable String address,
			Instant occurredAt) implements AccountEvent {

		@Override
		public AuditRecord audit() {
			return new AuditRecord(tenantId, userId, "unknown", "accounts.refresh-token-reused", "token-family",
					familyId.toString(), Outcome.DENIED, address, occurredAt, Map.of());
		}
	}

	/** A member's roles changed. */
	record RolesChanged(Actor actor, UUID memberId, Set<Role> before, Set<Role> after, Instant occurredAt)
			implements AccountEvent {

		@Override
		public AuditRecord audit() {
			return record(actor, "accounts.roles-changed", memberId, occurredAt,
					Map.of("before", names(before), "after", names(after)));
		}
	}

	/** A member was created, by setup, sign-up or an administrator. */
	record MemberCreated(Actor actor, UUID tenantId, UUID memberId, Set<Role> roles, Instant occurredAt)
			implements AccountEvent {

		@Override
		public AuditRecord audit() {
			Actor acting = actor.tenantId() == null ? new Actor(tenantId, null, actor.name(), actor.address()) : actor;
			return record(acting, "accounts.member-created", memberId, occurredAt, Map.of("roles", names(roles)));
		}
	}

	/** A member was disabled: none of their sessions, tokens or keys work any more. */
	record MemberDisabled(Actor actor, UUID memberId, Instant occurredAt) implements AccountEvent {

		@Override
		public AuditRecord audit() {
			return record(actor, "accounts.member-disabled", memberId, occurredAt, Map.of());
		}
	}

	/** A disabled member was enabled again. */
	record MemberEnabled(Actor actor, UUID memberId, Instant occurredAt) implements AccountEvent {

		@Override
		public AuditRecord audit() {
			return record(actor, "accounts.member-enabled", memberId, occurredAt, Map.of());
		}
	}

	/** Someone was invited by e-mail to join an organisation with some roles. */
	record InvitationSent(Actor actor, UUID memberId, Set<Role> roles, Instant occurredAt) implements AccountEvent {

		@Override
		public AuditRecord audit() {
			return record(actor, "accounts.invitation-sent", memberId, occurredAt, Map.of("roles", names(roles)));
		}
	}

	/** An invited person accepted and set their password. */
	record InvitationAccepted(UUID tenantId, UUID memberId, @Nullable String address, Instant occurredAt)
			implements AccountEvent {

		@Override
		public AuditRecord audit() {
			return record(new Actor(tenantId, memberId, "member", address), "accounts.invitation-accepted", memberId,
					occurredAt, Map.of());
		}
	}

	/** An API key was created; its secret is never recorded, its visible prefix is. */
	record ApiKeyCreated(Actor actor, UUID keyId, String prefix, Set<Role> scopes, Instant expiresAt,
			Instant occurredAt) implements AccountEvent {

		@Override
		public AuditRecord audit() {
			return keyRecord(actor, "accounts.api-key-created", keyId, occurredAt,
					Map.of("prefix", prefix, "scopes", names(scopes), "expiresAt", expiresAt.toString()));
		}
	}

	/** An API key was used, recorded at most once a minute per key. */
	record ApiKeyUsed(UUID tenantId, UUID keyId, String prefix, @Nullable String address, Instant occurredAt)
			implements AccountEvent {

		@Override
		public AuditRecord audit() {
			return keyRecord(new Actor(tenantId, null, "api-key " + prefix, address), "accounts.api-key-used", keyId,
					occurredAt, Map.of("prefix", prefix));
		}
	}

	/** An API key was revoked. */
	record ApiKeyRevoked(Actor actor, UUID keyId, String prefix, Instant occurredAt) implements AccountEvent {

		@Override
		public AuditRecord audit() {
			return keyRecord(actor, "accounts.api-key-revoked", keyId, occurredAt, Map.of("prefix", prefix));
		}
	}

	/** A member changed their own password. */
	record PasswordChanged(Actor actor, UUID memberId, Instant occurredAt) implements AccountEvent {

		@Override
		public AuditRecord audit() {
			return record(actor, "accounts.password-changed", memberId, occurredAt, Map.of());
		}
	}

	/** A password was set again through an e-mailed reset link. */
	record PasswordReset(UUID tenantId, UUID memberId, @Nullable String address, Instant occurredAt)
			implements AccountEvent {

		@Override
		public AuditRecord audit() {
			return record(new Actor(tenantId, memberId, "member", address), "accounts.password-reset", memberId,
					occurredAt, Map.of());
		}
	}

	private static AuditRecord record(Actor actor, String action, UUID memberId, Instant at,
			Map<String, String> details) {
		return new AuditRecord(actor.tenantId(), actor.userId(), actor.name(), action, "user", memberId.toString(),
				Outcome.SUCCESS, actor.address(), at, details);
	}

	private static AuditRecord keyRecord(Actor actor, String action, UUID keyId, Instant at,
			Map<String, String> details) {
		return new AuditRecord(actor.tenantId(), actor.userId(), actor.name(), action, "api-key", keyId.toString(),
				Outcome.SUCCESS, actor.address(), at, details);
	}

	private static String names(Set<Role> roles) {
		return String.join(",", new TreeSet<>(roles.stream().map(Role::name).toList()));
	}
}
