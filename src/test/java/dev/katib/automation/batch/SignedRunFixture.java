package dev.katib.automation.batch;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Role;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.FieldMapping;
import dev.katib.connectors.FieldMappings;
import dev.katib.connectors.LetterField;
import dev.katib.connectors.NewField;
import dev.katib.connectors.NewSource;
import dev.katib.connectors.SourceRecords;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableRef;
import dev.katib.connectors.SourcesClient;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.support.TestAccounts.TestOrganisation;

/**
 * A built-in table of schools with each head teacher's e-mail address (one school has none), and a run of it whose
 * letters were drafted, approved and signed, their PDFs archived and known to delivery.
 */
record SignedRunFixture(TestOrganisation organisation, TableRef table, UUID runId, List<String> emails) {

	static final String TEMPLATE = "نرجو التكرم بالموافقة على مشاركة {{School name}} في معرض العلوم";

	/** A table of schools, the last one without an address, with a run not started yet. */
	static SignedRunFixture ready(ApplicationContext context, TestOrganisation organisation, int schools) {
		context.getBean(WritingKnowledge.class).seedCategories(organisation.tenantId());
		Caller owner = new Caller(organisation.tenantId(), organisation.owner().memberId(), "مالك", Set.of(Role.OWNER),
				Locale.ENGLISH, null);
		DataSources sources = context.getBean(DataSources.class);
		var source = sources.connect(owner, new NewSource.BuiltIn("المدارس"));
		SourceTable created = sources.createTable(owner, source.id(), "Schools", List.of(
				new NewField("School name", "text"), new NewField("Head teacher", "text"), new NewField("Email", "email"),
				new NewField("Letter number", "text")));
		TableRef table = new TableRef(source.id(), TableRef.BUILT_IN_BASE, created.id());
		SourceRecords records = context.getBean(SourceRecords.class);
		List<String> emails = new ArrayList<>();
		for (int n = 1; n <= schools; n++) {
			String email = n < schools ? "head-" + n + "-" + UUID.randomUUID() + "@example.org" : null;
			emails.add(email);
			records.create(owner, table, email == null
					? Map.of("School name", "مدرسة النور " + n, "Head teacher", "الأستاذ سالم " + n)
					: Map.of("School name", "مدرسة النور " + n, "Head teacher", "الأستاذ سالم " + n, "Email", email));
		}
		context.getBean(FieldMappings.class).save(owner, new FieldMapping(table,
				Map.of(LetterField.RECIPIENT_NAME, "Head teacher", LetterField.ORGANISATION, "School name"), Map.of()));
		UUID run = context.getBean(BatchRuns.class).create(owner, new NewRun("Science fair", table.sourceId(),
				table.baseId(), table.tableId(), null, List.of(), "request", "ar", TEMPLATE, true)).id();
		return new SignedRunFixture(organisation, table, run, emails);
	}

	/** The same, run to its end, every letter approved and signed, and its PDF known to delivery. */
	static SignedRunFixture signed(ApplicationContext context, String baseUrl, SourcesClient api,
			TestOrganisation organisation, int schools) {
		SignedRunFixture fixture = ready(context, organisation, schools);
		Caller owner = new Caller(organisation.tenantId(), organisation.owner().memberId(), "مالك", Set.of(Role.OWNER),
				Locale.ENGLISH, null);
		BatchRuns runs = context.getBean(BatchRuns.class);
		context.getBean(RunControl.class).start(owner, fixture.runId());
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
			.until(() -> runs.get(owner, fixture.runId()).status() == RunStatus.COMPLETED);
		List<UUID> letters = runs.rows(owner, fixture.runId(), null, 0, schools).stream().map(RowView::letterId).toList();
		for (UUID letter : letters) {
			api.post(organisation.owner(), "/api/v1/letters/" + letter + "/approve", Map.of(), 200);
			api.post(organisation.owner(), "/api/v1/letters/" + letter + "/sign", Map.of(), 200);
		}
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		// paper archives each signed letter after its commit, and delivery learns of it after paper's
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
			.until(() -> jdbc.sql("SELECT count(*) FROM delivery_archived_letters WHERE tenant_id = :tenant")
				.param("tenant", organisation.tenantId()).query(Long.class).single() == letters.size());
		return fixture;
	}

	/** How many deliveries the organisation has queued. */
	static long queued(ApplicationContext context, TestOrganisation organisation) {
		return context.getBean(JdbcClient.class).sql("SELECT count(*) FROM delivery_jobs WHERE tenant_id = :tenant")
			.param("tenant", organisation.tenantId()).query(Long.class).single();
	}
}
