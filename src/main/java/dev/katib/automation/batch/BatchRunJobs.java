package dev.katib.automation.batch;

import java.time.Clock;
import java.util.concurrent.Semaphore;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import dev.katib.accounts.Caller;
import dev.katib.platform.KatibException;
import dev.katib.review.LetterSubmissions;

/**
 * The Spring Batch job of one run: a {@code snapshot} step that keeps the run's records as rows (once; a restart
 * finds it done), then a chunk-oriented {@code draft} step that drafts the rows still to draft, a chunk at a time,
 * with {@link BatchSettings#rowsInFlight()} rows drafting at once over every run of the process (and that many read
 * ahead of the chunk, see {@link DraftsAhead}), whose model calls take {@link BatchSettings#concurrency()} turns, and, for a run that writes back, a {@code writeBack} step. A row that
 * keeps failing for a passing reason is retried, then skipped as failed; the run goes on.
 */
@Component
class BatchRunJobs {

	static final String JOB = "batch-run";

	private final JobRepository repository;
	private final PlatformTransactionManager transactions;
	private final BatchRowStore rows;
	private final RunRecords records;
	private final RowDrafting drafting;
	private final DraftEnds ends;
	private final LetterSubmissions submissions;
	private final RunEnds runEnds;
	private final BatchSettings settings;
	private final Clock clock;
	private final WriteBackStore writeBackStore;
	private final RowWriteBacks writeBacks;
	private final SimpleAsyncTaskExecutor drafts;
	/** Rows drafting at once over every run of the process; their model calls take turns in the letters module. */
	private final Semaphore places;

	BatchRunJobs(JobRepository repository, PlatformTransactionManager transactions, BatchRowStore rows,
			RunRecords records, RowDrafting drafting, DraftEnds ends, LetterSubmissions submissions, RunEnds runEnds,
			BatchSettings settings, Clock clock, WriteBackStore writeBackStore, RowWriteBacks writeBacks) {
		this.repository = repository;
		this.transactions = transactions;
		this.rows = rows;
		this.records = records;
		this.drafting = drafting;
		this.ends = ends;
		this.submissions = submissions;
		this.runEnds = runEnds;
		this.settings = settings;
		this.clock = clock;
		this.writeBackStore = writeBackStore;
		this.writeBacks = writeBacks;
		this.drafts = new SimpleAsyncTaskExecutor("batch-row-");
		this.drafts.setVirtualThreads(true);
		this.places = new Semaphore(settings.rowsInFlight(), true);
	}

	/** The parameters that name a run's job instance: the run, and its round. */
	static JobParameters parameters(BatchRun run) {
		return new JobParametersBuilder().addString("run", run.id().toString())
			.addLong("round", (long) run.round())
			.toJobParameters();
	}

	Job job(BatchRun run, Caller writer) {
		WriteBackFields fields = writeBackStore.fields(run.id()).orElse(null);
		if (fields == null) {
			return new JobBuilder(JOB, repository).start(snapshot(run, writer, null))
				.next(draft(run, writer, null))
				.listener(runEnds)
				.build();
		}
		return new JobBuilder(JOB, repository).start(snapshot(run, writer, fields))
			.next(draft(run, writer, new WriteBackLoop(run, fields, writer, writeBacks)))
			.next(writeBack(run, writer, fields))
			.listener(runEnds)
			.build();
	}

	private Step snapshot(BatchRun run, Caller writer, @Nullable WriteBackFields fields) {
		return new StepBuilder("snapshot", repository).tasklet((contribution, context) -> {
			if (rows.counts(run.id()).isEmpty()) {
				rows.insertAll(run.tenantId(), run.id(), records.all(writer, run.table(), run.view(), run.conditions()),
						clock.instant());
			}
			if (fields != null) {
				writeBackStore.expectAll(run.id());
			}
			return RepeatStatus.FINISHED;
		}, transactions).build();
	}

	/**
	 * Writes back what the draft step's loop left: rows left sending by a stopped process (read back first), rows
	 * drafted last, and failed write-backs, tried again a few times. One request per repetition, each committed.
	 */
	private Step writeBack(BatchRun run, Caller writer, WriteBackFields fields) {
		java.util.concurrent.atomic.AtomicBoolean recovered = new java.util.concurrent.atomic.AtomicBoolean();
		return new StepBuilder("writeBack", repository).tasklet((contribution, context) -> {
			if (recovered.compareAndSet(false, true)) {
				writeBacks.recover(run, fields, writer);
			}
			RowWriteBacks.Sent sent = writeBacks.sendNext(run, fields, writer, true);
			if (sent.failed()) {
				Thread.sleep(WriteBackLoop.IDLE.multipliedBy(5));
			}
			return sent.rows() == 0 ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
		}, transactions).build();
	}

	private Step draft(BatchRun run, Caller writer, @Nullable WriteBackLoop loop) {
		int rowsPerChunk = settings.rowsPerChunk();
		DraftsAhead ahead = new DraftsAhead(new WaitingRows(rows, run.id(), rowsPerChunk),
				new RowProcessor(run, writer, drafting, ends, submissions, rows, settings.draftTimeout(), clock), places,
				drafts, settings.rowsInFlight(), outcome -> rows.record(outcome, clock.instant()), settings.draftTimeout());
		var step = new StepBuilder("draft", repository).<BatchRow, RowOutcome>chunk(rowsPerChunk)
			.reader(ahead)
			.processor(ahead)
			.writer(chunk -> chunk.forEach(outcome -> rows.record(outcome, clock.instant())))
			.transactionManager(transactions)
			.taskExecutor(drafts)
			.faultTolerant()
			.retry(KatibException.class, TransientDataAccessException.class)
			.retryLimit(settings.retries())
			.skip(KatibException.class, TransientDataAccessException.class)
			.skipLimit(RunRecords.MAX_ROWS)
			.skipListener(new SkipListener<BatchRow, RowOutcome>() {
				@Override
				public void onSkipInProcess(BatchRow row, Throwable failure) {
					rows.record(RowOutcome.failed(row, null, failure instanceof KatibException problem
							? RowProcessor.problem(problem)
							: java.util.Map.of("title", "Drafting failed", "detail", "The row could not be drafted.")),
							clock.instant());
				}
			});
		if (loop != null) {
			step.listener(loop);
		}
		return step.build();
	}
}
