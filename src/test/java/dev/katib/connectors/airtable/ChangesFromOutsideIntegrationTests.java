package dev.katib.connectors.airtable;

import static dev.katib.support.FakeBase.field;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.connectors.RecordsChanged;
import dev.katib.connectors.SourcesClient;
import dev.katib.connectors.TableRef;
import dev.katib.connectors.backend.SourceAccess;
import dev.katib.connectors.internal.ChangeWatch;
import dev.katib.connectors.internal.ConnectorsProperties;
import dev.katib.connectors.internal.SourceAccessPolicy;
import dev.katib.connectors.internal.WebhookRows;
import dev.katib.support.FakeAirtable;
import dev.katib.support.FakeBase;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts;

class ChangesFromOutsideIntegrationTests extends IntegrationTest {

	@Autowired
	AirtableClient client;

	@Autowired
	WebhookRows webhookRows;

	@Autowired
	ConnectorsProperties properties;

	@Autowired
	SourceAccessPolicy access;

	@Autowired
	AirtableChangeFeed feed;

	@Autowired
	ChangeWatch watch;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventMulticaster multicaster;

	private final List<RecordsChanged> seen = new CopyOnWriteArrayList<>();
	private final ApplicationListener<PayloadApplicationEvent<RecordsChanged>> listener = event -> seen.add(event.getPayload());
	private final FakeAirtable airtable = FakeAirtable.shared();
	private FakeBase base;
	private FakeBase.Table table;
	private TestAccounts.TestOrganisation organisation;
	private UUID source;
	private String recordId;

	@BeforeEach
	void connect() {
		multicaster.addApplicationListener(listener);
		base = airtable.base("Watched");
		table = base.table("People", field("Name", "singleLineText"), field("City", "singleLineText"));
		recordId = table.add(Map.of("Name", "Salma", "City", "Jeddah"));
		organisation = accounts.organisation();
		var api = new SourcesClient(baseUrl(), accounts);
		source = UUID.fromString(api.connectAirtable(organisation.owner(), airtable.token(base)));
	}

	@AfterEach
	void stopListening() {
		multicaster.removeApplicationListener(listener);
	}

	@Test
	void aSignedNotificationLeadsToTheChangedRecordsReadFromThePayloads() throws Exception {
		SourceAccess opened = access.openForOrganisation(organisation.tenantId(), source).orElseThrow();
		httpsWebhooks().ensure(opened, base.id);
		airtable.deliverNotificationsTo(baseUrl());

		table.changeOutside(recordId, Map.of("City", "Riyadh"));

		RecordsChanged changed = awaitChange(RecordsChanged.Origin.WEBHOOK);
		assertThat(changed.table()).isEqualTo(new TableRef(source, base.id, table.id));
		assertThat(changed.recordIds()).containsExactly(recordId);
		assertThat(webhookRows.find(source, base.id).orElseThrow().cursor()).isEqualTo(2);
	}

	@Test
	void aNotificationWithAWrongMacIsRefused() {
		SourceAccess opened = access.openForOrganisation(organisation.tenantId(), source).orElseThrow();
		httpsWebhooks().ensure(opened, base.id);
		String webhookId = webhookRows.find(source, base.id).orElseThrow().webhookId();
		String body = "{\"base\":{\"id\":\"" + base.id + "\"},\"webhook\":{\"id\":\"" + webhookId + "\"}}";

		client().post().uri("/api/v1/sources/airtable-notifications")
			.header("X-Airtable-Content-MAC", "hmac-sha256=" + "00".repeat(32))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body.getBytes(StandardCharsets.UTF_8))
			.exchange().expectStatus().isUnauthorized();
	}

	@Test
	void removingTheSourceDeletesItsWebhookAtAirtable() {
		SourceAccess opened = access.openForOrganisation(organisation.tenantId(), source).orElseThrow();
		httpsWebhooks().ensure(opened, base.id);
		assertThat(base.webhookCount()).isEqualTo(1);

		client().delete().uri("/api/v1/sources/" + source).header("Authorization", accounts.bearer(organisation.owner()))
			.exchange().expectStatus().isNoContent();

		assertThat(base.webhookCount()).isZero();
		assertThat(webhookRows.find(source, base.id)).isEmpty();
	}

	@Test
	void webhooksAreRefreshedBeforeTheyExpire() {
		SourceAccess opened = access.openForOrganisation(organisation.tenantId(), source).orElseThrow();
		httpsWebhooks().ensure(opened, base.id);
		String webhookId = webhookRows.find(source, base.id).orElseThrow().webhookId();
		jdbc.sql("UPDATE connectors_webhook SET expires_at = :soon WHERE webhook_id = :id")
			.param("soon", java.sql.Timestamp.from(clock.instant().plus(Duration.ofHours(20)))).param("id", webhookId).update();

		feed.refreshExpiring();

		assertThat(webhookRows.find(webhookId).orElseThrow().expiresAt()).isAfter(Instant.now().plus(Duration.ofDays(6)));
	}

	@Test
	void pollingFindsTheRecordsModifiedSinceTheLastLook() throws Exception {
		var api = new SourcesClient(baseUrl(), accounts);
		api.put(organisation.owner(), "/api/v1/sources/" + source + "/bases/" + base.id + "/tables/" + table.id + "/mapping",
				Map.of("fields", Map.of("RECIPIENT_NAME", "Name"), "mergeFields", Map.of("city", "City")), 200);
		String untouched = table.add(Map.of("Name", "Untouched"));
		Thread.sleep(5);
		Instant lastLook = Instant.now();
		Thread.sleep(5);
		jdbc.sql("UPDATE connectors_watch SET seen_until = :seen WHERE source_id = :source")
			.param("seen", java.sql.Timestamp.from(lastLook.plus(ChangeWatch.OVERLAP))).param("source", source).update();

		table.changeOutside(recordId, Map.of("City", "Dammam"));
		watch.pollAll();

		RecordsChanged changed = awaitChange(RecordsChanged.Origin.POLLING);
		assertThat(changed.recordIds()).containsExactly(recordId).doesNotContain(untouched);
	}

	private AirtableWebhooks httpsWebhooks() {
		ConnectorsProperties https = new ConnectorsProperties(properties.airtable(), URI.create("https://katib.example.org"),
				properties.pollInterval(), null, properties.maxImportRows(), properties.sheets());
		return new AirtableWebhooks(client, webhookRows, https, clock);
	}

	private RecordsChanged awaitChange(RecordsChanged.Origin origin) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(until)) {
			for (RecordsChanged changed : seen) {
				if (changed.origin() == origin && changed.tenantId().equals(organisation.tenantId())) {
					return changed;
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no " + origin + " change of tenant " + organisation.tenantId() + " in " + seen);
	}
}
