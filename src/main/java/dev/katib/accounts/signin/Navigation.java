package dev.katib.accounts.signin;

import java.net.URI;
import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.accounts.Role;
import dev.katib.accounts.configuration.AccountsProperties;
import dev.katib.accounts.members.Rows;
import dev.katib.platform.Pages;

/**
 * What the page header offers the current visitor: sign-in, or their name, profile and sign-out,
 * the administration pages their roles allow, and the developer link ("API") for owners, admins and
 * members who hold an API key. Owners are warned while Katib still has its default address.
 */
@ControllerAdvice(annotations = Pages.class)
class Navigation {

	static final URI DEFAULT_BASE_URL = URI.create("http://localhost:8080");

	private final Callers callers;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final boolean defaultBaseUrl;

	Navigation(Callers callers, JdbcClient jdbc, Clock clock, AccountsProperties properties) {
		this.callers = callers;
		this.jdbc = jdbc;
		this.clock = clock;
		this.defaultBaseUrl = DEFAULT_BASE_URL.equals(properties.baseUrl());
	}

	/** The entries of the header for one request. */
	record Entries(boolean signedIn, @Nullable String name, boolean members, boolean apiKeys, boolean outbox,
			boolean developer, boolean organisation, boolean baseUrlWarning) {
	}

	@ModelAttribute("navigation")
	Entries navigation() {
		return callers.find()
			.map(caller -> new Entries(true, caller.name(), Permission.VIEW_MEMBERS.isGrantedTo(caller.roles()),
					Permission.MANAGE_API_KEYS.isGrantedTo(caller.roles()),
					Permission.READ_MAIL_OUTBOX.isGrantedTo(caller.roles()), developer(caller),
					Permission.MANAGE_ORGANISATION.isGrantedTo(caller.roles()),
					defaultBaseUrl && caller.roles().contains(Role.OWNER)))
			.orElseGet(() -> new Entries(false, null, false, false, false, false, false, false));
	}

	private boolean developer(Caller caller) {
		if (caller.hasAnyRole(Role.OWNER, Role.ADMIN)) {
			return true;
		}
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM accounts_api_key WHERE tenant_id = :tenant AND created_by = :member
				AND revoked_at IS NULL AND expires_at > :now)""")
			.param("tenant", caller.tenantId())
			.param("member", caller.userId())
			.param("now", Rows.at(clock.instant()))
			.query(Boolean.class)
			.single();
	}
}
