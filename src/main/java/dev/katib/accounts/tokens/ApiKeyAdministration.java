package dev.katib.accounts.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.accounts.AccessPolicy;
import dev.katib.accounts.AccountEvent;
import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.accounts.Role;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * What owners and administrators do with API keys. A key can never carry a role its creator does
 * not hold, and never OWNER.
 */
@Service
public class ApiKeyAdministration {

	static final Duration LONGEST_LIFETIME = Duration.ofDays(366);

	private final ApiKeys keys;
	private final AccessPolicy access;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ApiKeyAdministration(ApiKeys keys, AccessPolicy access, ApplicationEventPublisher events, Clock clock) {
		this.keys = keys;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public ApiKeys.CreatedApiKey create(String name, Set<Role> scopes, Instant expiresAt) {
		Caller caller = access.require(Permission.MANAGE_API_KEYS);
		Instant now = clock.instant();
		if (!expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(LONGEST_LIFETIME))) {
			throw invalid("expiresAt", "must be in the future and at most 366 days away");
		}
		if (scopes.isEmpty() || scopes.contains(Role.OWNER) || !scopes.stream().allMatch(scope -> ApiKeys.within(scope, caller.roles()))) {
			throw invalid("scopes", "must be roles whose permissions you hold yourself, other than OWNER");
		}
		var created = keys.create(caller.tenantId(), caller.userId(), name, scopes, expiresAt);
		events.publishEvent(new AccountEvent.ApiKeyCreated(AccountEvent.Actor.of(caller), created.key().id(),
				created.key().prefix(), scopes, expiresAt, now));
		return created;
	}

	public List<ApiKeys.ApiKey> list() {
		Caller caller = access.require(Permission.MANAGE_API_KEYS);
		return keys.list(caller.tenantId());
	}

	@Transactional
	public void revoke(UUID id) {
		Caller caller = access.require(Permission.MANAGE_API_KEYS);
		var key = keys.find(caller.tenantId(), id).orElseThrow(() -> KatibException.notFound("The API key"));
		if (keys.revoke(caller.tenantId(), id)) {
			events.publishEvent(
					new AccountEvent.ApiKeyRevoked(AccountEvent.Actor.of(caller), id, key.prefix(), clock.instant()));
		}
	}

	private static KatibException invalid(String field, String message) {
		return new KatibException(ProblemType.VALIDATION_FAILED, "The request has invalid fields.",
				java.util.Map.of("errors", List.of(java.util.Map.of("field", field, "message", message))));
	}
}
