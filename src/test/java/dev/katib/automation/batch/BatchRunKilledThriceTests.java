package dev.katib.automation.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;

import dev.katib.support.AirtableBatch;

/**
 * A 1,000-record batch run from Airtable, with write-backs, drafted by a Katib process of its own that is killed
 * ({@code kill -9}) three times at random points and started again on the same database each time: the run ends
 * with one letter per record and no other, every record written back exactly once, and Airtable never answering
 * 429. The process says every second that it runs its runs, and a run without word for three seconds is resumed.
 */
class BatchRunKilledThriceTests {

	private static final Logger log = LoggerFactory.getLogger(BatchRunKilledThriceTests.class);
	private static final int RECORDS = 1000;

	@Test
	void aThousandRowRunKilledThreeTimesEndsWithOneLetterAndOneWriteBackPerRecord() throws Exception {
		long seed = System.nanoTime();
		log.info("Kill points drawn with seed {}", seed);
		Random random = new Random(seed);
		Map<String, String> settings = Map.of("KATIB_AI_CONCURRENCY", "8",
				"katib.automation.batch.heartbeat", "1s", "katib.automation.batch.abandoned-after", "3s",
				"katib.automation.batch.recovery-interval", "1s");
		try (AirtableBatch batch = AirtableBatch.prepare(RECORDS, Duration.ofMillis(60), settings,
				Path.of("target", "batch-kill", "katib"))) {
			batch.startKatib();
			batch.api().post(batch.runPath() + "/start", Map.of(), 200);
			for (int kill = 0; kill < 3; kill++) {
				// somewhere in each third of the run, at a random row
				int at = kill * 300 + 50 + random.nextInt(250);
				awaitFinished(batch, at);
				batch.katib().kill();
				log.info("Killed Katib with at least {} of {} rows finished (kill {} of 3)", at, RECORDS, kill + 1);
				batch.startKatib();
			}
			long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
			while (!batch.api().get(batch.runPath()).path("status").asString().equals("COMPLETED")) {
				assertThat(System.nanoTime()).as("the run completes within three minutes of the last start")
					.isLessThan(deadline);
				assertThat(batch.api().get(batch.runPath()).path("status").asString()).isIn("RUNNING", "COMPLETED");
				Thread.sleep(300);
			}

			JsonNode run = batch.api().get(batch.runPath());
			assertThat(run.path("total").asInt()).isEqualTo(RECORDS);
			assertThat(run.path("rows").path("DRAFTED").asInt()).isEqualTo(RECORDS);
			try (Connection database = batch.database()) {
				assertThat(count(database, "SELECT count(DISTINCT record_id) FROM automation_batch_row WHERE run_id = '"
						+ batch.runId() + "'")).isEqualTo(RECORDS);
				assertThat(count(database, "SELECT count(DISTINCT letter_id) FROM automation_batch_row WHERE run_id = '"
						+ batch.runId() + "'")).isEqualTo(RECORDS);
				// the run's thousand letters and the three of its preview, none drafted twice
				assertThat(count(database, "SELECT count(*) FROM letters_letter")).isEqualTo(RECORDS + 3);
				assertThat(count(database, "SELECT count(*) FROM automation_batch_row WHERE write_back = 'WRITTEN' "
						+ "AND run_id = '" + batch.runId() + "'")).isEqualTo(RECORDS);
			}
			assertThat(batch.base().updatesByRecord()).hasSize(RECORDS)
				.allSatisfy((record, updates) -> assertThat(updates).as("requests that wrote back record " + record)
					.isEqualTo(1));
			assertThat(batch.table().records()).allSatisfy(record -> {
				assertThat(record.get(AirtableBatch.FIELD_STATUS)).isEqualTo("DRAFT");
				assertThat(record.get(AirtableBatch.FIELD_LINK).toString()).contains("/letters/");
			});
			assertThat(batch.base().rejected()).as("429s from Airtable").isZero();
		}
	}

	private static void awaitFinished(AirtableBatch batch, int rows) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (finished(batch) < rows) {
			assertThat(System.nanoTime()).as("%d rows finish within two minutes", rows).isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	private static int finished(AirtableBatch batch) {
		return batch.api().get(batch.runPath()).path("finished").asInt();
	}

	private static long count(Connection database, String sql) throws SQLException {
		try (Statement statement = database.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}
}
