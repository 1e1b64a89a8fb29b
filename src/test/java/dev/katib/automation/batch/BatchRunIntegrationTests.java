package dev.katib.automation.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.ai.ModelGateway;
import dev.katib.support.IntegrationTest;
import dev.katib.support.ModelGatewaySwitch;
import dev.katib.support.SlowModel;
import dev.katib.usage.QuotaLimits;
import dev.katib.usage.Quotas;

/** A batch run drafts one letter per row, exactly once, through crashes, retries and restarts. */
class BatchRunIntegrationTests extends IntegrationTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	BatchRuns runs;

	@Autowired
	RunControl control;

	@Autowired
	BatchRecovery recovery;

	@Autowired
	RunJobs jobs;

	@Autowired
	Quotas quotas;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BatchSettings settings;

	@Autowired
	ModelGatewaySwitch gateways;

	@Autowired
	@Qualifier("modelGateway")
	ModelGateway offline;

	@Test
	void aRunOf25RowsDrafts25LettersOnePerRow() {
		SchoolsTable schools = SchoolsTable.of(context, accounts.organisation(), 25);
		RunView created = runs.create(schools.owner(), schools.run("دعوة المدارس"));

		control.start(schools.owner(), created.id());
		RunView done = awaitStatus(schools, created.id(), RunStatus.COMPLETED);

		assertThat(done.total()).isEqualTo(25);
		assertThat(done.rows().get(RowStatus.DRAFTED)).isEqualTo(25);
		List<RowView> rows = runs.rows(schools.owner(), created.id(), null, 0, 100);
		assertThat(rows).extracting(RowView::letterId).doesNotContainNull().doesNotHaveDuplicates();
		assertThat(letters(schools)).isEqualTo(25);
		assertThat(jdbc.sql("SELECT count(*) FROM letters_letter WHERE id = :id AND status = 'DRAFT'")
			.param("id", rows.getFirst().letterId()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void runsStartedAtTheSameMomentAllComplete() throws Exception {
		List<SchoolsTable> tables = IntStream.range(0, 3)
			.mapToObj(n -> SchoolsTable.of(context, accounts.organisation(), 8))
			.toList();
		List<UUID> started = tables.stream().map(t -> runs.create(t.owner(), t.run("معًا")).id()).toList();
		try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
			List<java.util.concurrent.Future<RunView>> starting = IntStream.range(0, 3)
				.mapToObj(n -> threads.submit(() -> control.start(tables.get(n).owner(), started.get(n))))
				.toList();
			for (var start : starting) {
				start.get();
			}
		}
		for (int n = 0; n < 3; n++) {
			assertThat(awaitStatus(tables.get(n), started.get(n), RunStatus.COMPLETED).rows().get(RowStatus.DRAFTED))
				.isEqualTo(8);
		}
	}

	@Test
	void aRunKilledMidChunkResumesWithNoRowLostAndNoneDraftedTwice() {
		SchoolsTable schools = SchoolsTable.of(context, accounts.organisation(), 25);
		UUID run = runs.create(schools.owner(), schools.run("تعطل في منتصف الدفعة")).id();
		// the second chunk (rows 13-24: chunks of 10 rows rounded up to whole rounds of 4) fails to commit after its
		// letters were opened, as a process killed then would
		int chunk = settings.rowsPerChunk();
		jdbc.sql("""
				CREATE FUNCTION batch_test_crash() RETURNS trigger AS $$ BEGIN
				  IF NEW.run_id = '%s' AND NEW.position = 15 AND NEW.status = 'DRAFTED' THEN
				    RAISE EXCEPTION 'simulated crash'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql""".formatted(run))
			.update();
		jdbc.sql("CREATE TRIGGER batch_test_crash BEFORE UPDATE ON automation_batch_row FOR EACH ROW "
				+ "EXECUTE FUNCTION batch_test_crash()").update();
		try {
			control.start(schools.owner(), run);
			awaitStatus(schools, run, RunStatus.FAILED);
		}
		finally {
			jdbc.sql("DROP TRIGGER batch_test_crash ON automation_batch_row").update();
			jdbc.sql("DROP FUNCTION batch_test_crash()").update();
		}
		// the first chunk was committed, and the rows drafting ahead of the second (at most the rows in flight) were kept
		assertThat(runs.get(schools.owner(), run).rows().get(RowStatus.DRAFTED)).isBetween((long) chunk,
				(long) chunk + settings.rowsInFlight());
		assertThat(letters(schools)).isBetween(2L * chunk, 25L);
		// what a kill -9 leaves behind: the run and its job execution still marked running
		jdbc.sql("UPDATE automation_batch_run SET status = 'RUNNING', heartbeat_at = NULL WHERE id = :id")
			.param("id", run).update();
		jdbc.sql("""
				UPDATE automation_batch_job_execution SET status = 'STARTED', exit_code = 'UNKNOWN', end_time = NULL
				WHERE job_execution_id = (SELECT job_execution_id FROM automation_batch_run WHERE id = :id)""")
			.param("id", run).update();

		// the recovery Katib runs when it starts (and every half minute), called at once here
		recovery.resumeInterrupted();
		RunView done = awaitStatus(schools, run, RunStatus.COMPLETED);

		assertThat(done.rows().get(RowStatus.DRAFTED)).isEqualTo(25);
		assertThat(runs.rows(schools.owner(), run, null, 0, 100)).extracting(RowView::letterId)
			.doesNotContainNull().doesNotHaveDuplicates();
		assertThat(letters(schools)).isEqualTo(25);
	}

	@Test
	void rowsThatFailedOnAFullQuotaAreDraftedWhenRetried() {
		SchoolsTable schools = SchoolsTable.of(context, accounts.organisation(), 12);
		quotas.limitOrganisation(schools.organisation().tenantId(), new QuotaLimits(9L, null));
		UUID run = runs.create(schools.owner(), schools.run("حصة محدودة")).id();

		control.start(schools.owner(), run);
		RunView first = awaitStatus(schools, run, RunStatus.COMPLETED);
		assertThat(first.rows().get(RowStatus.DRAFTED)).isEqualTo(9);
		assertThat(first.rows().get(RowStatus.FAILED)).isEqualTo(3);
		assertThat(runs.rows(schools.owner(), run, RowStatus.FAILED, 0, 10))
			.allSatisfy(row -> assertThat(row.problem()).containsEntry("status", 429));

		quotas.limitOrganisation(schools.organisation().tenantId(), QuotaLimits.NONE);
		control.retry(schools.owner(), run);
		RunView retried = awaitStatus(schools, run, RunStatus.COMPLETED);

		assertThat(retried.rows().get(RowStatus.DRAFTED)).isEqualTo(12);
		assertThat(retried.rows().get(RowStatus.FAILED)).isZero();
		assertThat(letters(schools)).isEqualTo(12);
	}

	@Test
	void aRunThatSubmitsItsLettersLeavesEveryOneInReview() {
		SchoolsTable schools = SchoolsTable.of(context, accounts.organisation(), 5);
		NewRun request = schools.run("للمراجعة");
		UUID run = runs.create(schools.owner(), new NewRun(request.name(), request.sourceId(), request.baseId(),
				request.tableId(), null, List.of(), request.category(), request.language(), request.template(), true)).id();

		control.start(schools.owner(), run);
		RunView done = awaitStatus(schools, run, RunStatus.COMPLETED);

		assertThat(done.rows().get(RowStatus.SUBMITTED)).isEqualTo(5);
		assertThat(jdbc.sql("SELECT count(*) FROM letters_letter WHERE tenant_id = :tenant AND status = 'IN_REVIEW'")
			.param("tenant", schools.organisation().tenantId()).query(Long.class).single()).isEqualTo(5);
	}

	@Test
	void aPausedRunStopsAfterItsChunkAndResumesWhereItStopped() throws Exception {
		SchoolsTable schools = SchoolsTable.of(context, accounts.organisation(), 40);
		UUID run = runs.create(schools.owner(), schools.run("إيقاف واستئناف")).id();

		try (var slow = gateways.use(SlowModel.around(offline, Duration.ofMillis(150)))) {
			control.start(schools.owner(), run);
			await().atMost(Duration.ofSeconds(30)).until(() -> runs.get(schools.owner(), run).finished() >= 4);
			control.pause(schools.owner(), run);
			awaitStatus(schools, run, RunStatus.PAUSED);
			await().atMost(Duration.ofSeconds(30)).until(() -> !jobs.live(run));
			RunView stopped = runs.get(schools.owner(), run);
			assertThat(stopped.rows().get(RowStatus.WAITING)).isPositive();
			assertThat(stopped.rows().get(RowStatus.DRAFTING)).isZero();
			long draftedWhenPaused = stopped.rows().get(RowStatus.DRAFTED);
			Thread.sleep(500);
			assertThat(runs.get(schools.owner(), run).rows().get(RowStatus.DRAFTED)).isEqualTo(draftedWhenPaused);

			control.resume(schools.owner(), run);
			awaitStatus(schools, run, RunStatus.COMPLETED);
		}
		assertThat(runs.get(schools.owner(), run).rows().get(RowStatus.DRAFTED)).isEqualTo(40);
		assertThat(letters(schools)).isEqualTo(40);
	}


	private RunView awaitStatus(SchoolsTable schools, UUID run, RunStatus status) {
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
			.until(() -> runs.get(schools.owner(), run).status() == status);
		return runs.get(schools.owner(), run);
	}

	private long letters(SchoolsTable schools) {
		return jdbc.sql("SELECT count(*) FROM letters_letter WHERE tenant_id = :tenant")
			.param("tenant", schools.organisation().tenantId())
			.query(Long.class)
			.single();
	}
}
