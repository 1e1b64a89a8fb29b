package dev.katib.automation.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Keeps the model busy across chunk boundaries: each row read starts drafting at once, up to {@code ahead} rows
 * beyond the one the step asks for, so that while a chunk waits for its slowest row and commits, the rows after it
 * already draft. Drafting itself waits for one of the {@code places} (twice {@code KATIB_AI_CONCURRENCY}, shared by
 * every run of the process, handed out in turn); the model calls take their own turns in the letters module.
 * <p>
 * The step's position is that of the last row handed to it, never of a row only read ahead: a process killed with
 * rows drafting ahead reads them again, and they find the letters they opened (their Idempotency-Keys). A row the
 * step tries again after a passing failure is drafted anew, in its turn. When the step ends before handing out the
 * rows it read ahead (a pause, a cancel, a failure), those that hold a place finish drafting and their outcome is
 * kept; those still waiting for one are left waiting, to be read again when the run resumes.
 */
final class DraftsAhead implements ItemStreamReader<BatchRow>, ItemProcessor<BatchRow, RowOutcome> {

	private final WaitingRows rows;
	private final ItemProcessor<BatchRow, RowOutcome> drafter;
	private final Semaphore places;
	private final Executor threads;
	private final int ahead;
	private final java.util.function.Consumer<RowOutcome> keep;
	private final java.time.Duration atMost;
	private final Deque<BatchRow> read = new ArrayDeque<>();
	private final Map<Integer, CompletableFuture<@Nullable RowOutcome>> started = new ConcurrentHashMap<>();
	private int lastHandedOut;
	private boolean exhausted;
	/** Set when the step ends: a row that has no place yet is not drafted any more. */
	private volatile boolean closing;

	/**
	 * @param keep records what became of a row drafted ahead when the step ends before handing it out
	 * @param atMost how long the end of the step waits for a row drafting ahead
	 */
	DraftsAhead(WaitingRows rows, ItemProcessor<BatchRow, RowOutcome> drafter, Semaphore places, Executor threads,
			int ahead, java.util.function.Consumer<RowOutcome> keep, java.time.Duration atMost) {
		this.rows = rows;
		this.drafter = drafter;
		this.places = places;
		this.threads = threads;
		this.ahead = ahead;
		this.keep = keep;
		this.atMost = atMost;
	}

	@Override
	public void open(ExecutionContext context) {
		rows.open(context);
		lastHandedOut = context.containsKey(WaitingRows.POSITION) ? context.getInt(WaitingRows.POSITION) : 0;
		read.clear();
		started.clear();
		exhausted = false;
		closing = false;
	}

	@Override
	public void update(ExecutionContext context) {
		context.putInt(WaitingRows.POSITION, lastHandedOut);
	}

	/**
	 * The step ends (done, paused, cancelled or failed): the rows drafting ahead finish, and what became of each is
	 * kept, so that a stopped run has no row left drafting; a row whose drafting fails here stays to be drafted again,
	 * and a row still waiting for a place stays waiting.
	 */
	@Override
	public void close() {
		closing = true;
		rows.close();
		long deadline = System.nanoTime() + atMost.toNanos();
		for (CompletableFuture<@Nullable RowOutcome> drafting : started.values()) {
			try {
				RowOutcome outcome = drafting.get(Math.max(1, deadline - System.nanoTime()),
						java.util.concurrent.TimeUnit.NANOSECONDS);
				if (outcome != null) {
					keep.accept(outcome);
				}
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException notDrafted) {
				// read again when the run resumes, and drafted again
			}
		}
		started.clear();
		read.clear();
	}

	@Override
	public @Nullable BatchRow read() throws Exception {
		while (!exhausted && read.size() <= ahead) {
			BatchRow next = rows.read();
			if (next == null) {
				exhausted = true;
			}
			else {
				read.add(next);
				started.put(next.position(), CompletableFuture.supplyAsync(() -> inTurn(next), threads));
			}
		}
		BatchRow row = read.poll();
		if (row != null) {
			lastHandedOut = row.position();
		}
		return row;
	}

	@Override
	public @Nullable RowOutcome process(BatchRow row) throws Exception {
		CompletableFuture<@Nullable RowOutcome> drafting = started.remove(row.position());
		if (drafting == null) {
			return inTurn(row);
		}
		try {
			return drafting.join();
		}
		catch (CompletionException failed) {
			if (failed.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw failed;
		}
	}

	private @Nullable RowOutcome inTurn(BatchRow row) {
		try {
			places.acquire();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a place to draft", interrupted);
		}
		try {
			if (closing) {
				// the step ended while the row waited: it is still waiting, and read again when the run resumes
				return null;
			}
			return drafter.process(row);
		}
		catch (RuntimeException failure) {
			throw failure;
		}
		catch (Exception failure) {
			throw new IllegalStateException(failure);
		}
		finally {
			places.release();
		}
	}
}
