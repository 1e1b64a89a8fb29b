package dev.katib.automation.batch;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import dev.katib.accounts.Caller;

/**
 * Writes a run's drafted rows back while its draft step goes on, on a thread of its own, so that write-backs never
 * hold up drafting: each committed chunk's rows are written back, ten a request, as soon as the source's pace allows.
 * When the step ends the loop finishes the request under way and stops; the {@code writeBack} step writes the rest.
 */
final class WriteBackLoop implements StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(WriteBackLoop.class);
	/** How long the loop waits when no row is due before it looks again. */
	static final Duration IDLE = Duration.ofMillis(200);
	private static final Duration STOPPING = Duration.ofMinutes(2);

	private final BatchRun run;
	private final WriteBackFields fields;
	private final Caller writer;
	private final RowWriteBacks writeBacks;
	private volatile boolean stopping;
	private @Nullable Thread thread;

	WriteBackLoop(BatchRun run, WriteBackFields fields, Caller writer, RowWriteBacks writeBacks) {
		this.run = run;
		this.fields = fields;
		this.writer = writer;
		this.writeBacks = writeBacks;
	}

	@Override
	public void beforeStep(StepExecution step) {
		stopping = false;
		thread = Thread.ofVirtual().name("batch-write-back-" + run.id()).start(this::loop);
	}

	@Override
	public @Nullable ExitStatus afterStep(StepExecution step) {
		stopping = true;
		Thread running = thread;
		if (running != null) {
			try {
				if (!running.join(STOPPING)) {
					log.warn("Batch run {}: the write-back loop did not stop in time", run.id());
				}
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
		}
		return null;
	}

	private void loop() {
		try {
			writeBacks.recover(run, fields, writer);
			while (!stopping) {
				RowWriteBacks.Sent sent = writeBacks.sendNext(run, fields, writer, false);
				if (sent.rows() == 0 || sent.failed()) {
					Thread.sleep(sent.failed() ? IDLE.multipliedBy(5) : IDLE);
				}
			}
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException failure) {
			// the writeBack step tries again what is left
			log.warn("Batch run {}: the write-back loop stopped", run.id(), failure);
		}
	}
}
