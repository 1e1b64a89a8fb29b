package dev.katib.automation.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads a run's rows still to draft, in order, a page at a time. The position of the last row read is kept in the
 * step's execution context when a chunk commits, so a restarted job reads on from the last committed chunk; rows
 * caught drafting by a crash are after that position, and are read again.
 */
final class WaitingRows implements ItemStreamReader<BatchRow> {

	static final String POSITION = "position";

	private final BatchRowStore rows;
	private final UUID runId;
	private final int pageSize;
	private final Deque<BatchRow> page = new ArrayDeque<>();
	private int lastRead;
	private boolean exhausted;

	WaitingRows(BatchRowStore rows, UUID runId, int pageSize) {
		this.rows = rows;
		this.runId = runId;
		this.pageSize = pageSize;
	}

	@Override
	public void open(ExecutionContext context) {
		lastRead = context.containsKey(POSITION) ? context.getInt(POSITION) : 0;
		page.clear();
		exhausted = false;
	}

	@Override
	public void update(ExecutionContext context) {
		context.putInt(POSITION, lastRead);
	}

	@Override
	public @Nullable BatchRow read() {
		if (page.isEmpty() && !exhausted) {
			page.addAll(rows.toDraftAfter(runId, lastRead, pageSize));
			exhausted = page.isEmpty();
		}
		BatchRow next = page.poll();
		if (next != null) {
			lastRead = next.position();
		}
		return next;
	}
}
