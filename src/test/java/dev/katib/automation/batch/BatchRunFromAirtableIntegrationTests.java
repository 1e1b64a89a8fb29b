package dev.katib.automation.batch;

import static dev.katib.support.FakeBase.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Role;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.FieldMapping;
import dev.katib.connectors.FieldMappings;
import dev.katib.connectors.LetterField;
import dev.katib.connectors.NewSource;
import dev.katib.connectors.TableRef;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.support.FakeAirtable;
import dev.katib.support.FakeBase;
import dev.katib.support.IntegrationTest;

/** A run over an Airtable table drafts the records its conditions keep, read a hundred at a time, paced. */
class BatchRunFromAirtableIntegrationTests extends IntegrationTest {

	@Autowired
	DataSources sources;

	@Autowired
	FieldMappings mappings;

	@Autowired
	WritingKnowledge knowledge;

	@Autowired
	BatchRuns runs;

	@Autowired
	RunControl control;

	@Autowired
	JdbcClient jdbc;

	@Test
	void draftsALetterForEveryRecordTheConditionsKeepAndNoneForTheOthers() {
		FakeAirtable airtable = FakeAirtable.shared();
		FakeBase base = airtable.base("Schools");
		FakeBase.Table schools = base.table("Schools", field("School name", "singleLineText"),
				field("City", "singleLineText"), field("Principal", "singleLineText"));
		IntStream.rangeClosed(1, 230).forEach(n -> schools.add(Map.of("School name", "مدرسة الرواد " + n,
				"City", n % 2 == 0 ? "جدة" : "مكة", "Principal", "الأستاذة هدى " + n)));
		var organisation = accounts.organisation();
		knowledge.seedCategories(organisation.tenantId());
		Caller owner = new Caller(organisation.tenantId(), organisation.owner().memberId(), "مالك", Set.of(Role.OWNER),
				Locale.ENGLISH, null);
		UUID source = sources.connect(owner, new NewSource.Airtable("قاعدة المدارس", airtable.token(base))).id();
		TableRef table = new TableRef(source, base.id, schools.id);
		mappings.save(owner, new FieldMapping(table,
				Map.of(LetterField.RECIPIENT_NAME, "Principal", LetterField.ORGANISATION, "School name"), Map.of()));

		UUID run = runs.create(owner, new NewRun("مدارس جدة", source, base.id, schools.id, null,
				List.of(new Condition("City", "equals", "جدة")), "request", "ar", SchoolsTable.TEMPLATE, false)).id();
		control.start(owner, run);
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(300))
			.until(() -> runs.get(owner, run).status() == RunStatus.COMPLETED);

		RunView done = runs.get(owner, run);
		assertThat(done.total()).isEqualTo(115);
		assertThat(done.rows().get(RowStatus.DRAFTED)).isEqualTo(115);
		assertThat(jdbc.sql("""
				SELECT count(DISTINCT r.letter_id) FROM automation_batch_row r JOIN letters_letter l ON l.id = r.letter_id
				WHERE r.run_id = :run AND l.tenant_id = :tenant""")
			.param("run", run).param("tenant", organisation.tenantId()).query(Long.class).single()).isEqualTo(115);
		assertThat(runs.rows(owner, run, null, 0, 200)).extracting(RowView::recordId)
			.doesNotHaveDuplicates().hasSize(115);
		assertThat(base.rejected()).as("429s from Airtable").isZero();
	}
}
