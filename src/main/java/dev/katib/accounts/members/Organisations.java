package dev.katib.accounts.members;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.katib.accounts.OrganisationCreated;

/** Stored organisations; adding one publishes {@link OrganisationCreated}. */
@Repository
public class Organisations {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Organisations(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	public void add(Organisation organisation) {
		jdbc.sql("""
				INSERT INTO accounts_organisation (id, name_ar, name_en, time_zone, default_language, digits, created_at)
				VALUES (:id, :nameAr, :nameEn, :zone, :language, :digits, :now)""")
			.param("id", organisation.id())
			.param("nameAr", organisation.nameAr())
			.param("nameEn", organisation.nameEn())
			.param("zone", organisation.timeZone().getId())
			.param("language", organisation.defaultLanguage())
			.param("digits", organisation.digits().name())
			.param("now", Rows.at(clock.instant()))
			.update();
		events.publishEvent(new OrganisationCreated(organisation.id(), clock.instant()));
	}

	public Optional<Organisation> find(UUID tenantId) {
		return jdbc.sql("SELECT * FROM accounts_organisation WHERE id = :id")
			.param("id", tenantId)
			.query((rs, n) -> new Organisation(rs.getObject("id", UUID.class), rs.getString("name_ar"),
					rs.getString("name_en"), ZoneId.of(rs.getString("time_zone")), rs.getString("default_language"),
					Organisation.Digits.valueOf(rs.getString("digits"))))
			.optional();
	}
}
