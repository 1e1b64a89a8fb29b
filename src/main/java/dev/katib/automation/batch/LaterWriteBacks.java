package dev.katib.automation.batch;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.automation.batch.WriteBackStore.LaterRun;
import dev.katib.letters.LetterTransitioned;
import dev.katib.platform.KatibException;

/**
 * Keeps a run's records up to date as its letters move on after drafting: submitted, approved, numbered, signed,
 * archived, returned. Each move marks the letter's rows due for a write-back, in the transaction that handles the
 * event (which comes through the event publication registry, so a restart delivers what a stopped process had not
 * handled). A running run's job writes them back; once no job runs, this sends them every few seconds, ten records
 * a request, paced by the connectors module, reading each letter's facts as they are then: a letter approved and
 * signed before the request leaves is written back once, signed and numbered. The due rows live in the database,
 * so a restart finds them again, and no thread waits for any run meanwhile.
 */
@Component
class LaterWriteBacks {

	private static final Logger log = LoggerFactory.getLogger(LaterWriteBacks.class);
	/** The most runs looked at, and requests sent for one run, in one round; the rest wait for the next. */
	private static final int RUNS_PER_ROUND = 20;
	private static final int REQUESTS_PER_RUN = 30;

	private final WriteBackStore store;
	private final RowWriteBacks writeBacks;
	private final BatchRunStore runs;
	private final RunWriters writers;
	private final Clock clock;

	LaterWriteBacks(WriteBackStore store, RowWriteBacks writeBacks, BatchRunStore runs, RunWriters writers,
			Clock clock) {
		this.store = store;
		this.writeBacks = writeBacks;
		this.runs = runs;
		this.writers = writers;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(LetterTransitioned transitioned) {
		store.changed(transitioned.tenantId(), transitioned.letterId());
	}

	@Scheduled(initialDelayString = "${katib.automation.batch.later-write-back-interval:2s}",
			fixedDelayString = "${katib.automation.batch.later-write-back-interval:2s}")
	void sendDue() {
		for (LaterRun due : store.dueLater(clock.instant(), RUNS_PER_ROUND)) {
			try {
				send(due);
			}
			catch (RuntimeException failure) {
				log.warn("Batch run {}: later write-backs stopped", due.runId(), failure);
			}
		}
	}

	private void send(LaterRun due) {
		BatchRun run = runs.find(due.tenantId(), due.runId()).orElse(null);
		WriteBackFields fields = store.fields(due.runId()).orElse(null);
		if (run == null || fields == null || run.status().isActive()) {
			return;
		}
		Caller writer;
		try {
			writer = writers.writerOf(run);
		}
		catch (KatibException refused) {
			writeBacks.failLater(run, RowProcessor.problem(refused));
			return;
		}
		writeBacks.recoverLater(run, fields, writer);
		for (int request = 0; request < REQUESTS_PER_RUN; request++) {
			RowWriteBacks.Sent sent = writeBacks.sendLater(run, fields, writer);
			if (sent.rows() == 0 || sent.failed()) {
				return;
			}
		}
	}
}
