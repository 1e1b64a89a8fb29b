package dev.katib.automation.batch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.automation.batch.WriteBackStore.Due;
import dev.katib.connectors.SourceRecord;
import dev.katib.connectors.SourceRecords;
import dev.katib.letters.LetterView;
import dev.katib.letters.Letters;
import dev.katib.platform.KatibException;
import dev.katib.platform.RetrySchedule;

/**
 * Writes drafted rows' letters back into their source records, ten records a request (Airtable's most), through
 * the connectors module, whose pacing keeps every request within the source's rate limit.
 * <p>
 * Exactly once, as far as a crash allows: a row is marked {@code SENDING} and committed before its request leaves,
 * and {@code WRITTEN} after. A process killed in between leaves it {@code SENDING}; the next one reads the record
 * back and counts it written when it holds the values already, or sends it again when it does not. So a write-back
 * is never lost; it is sent twice only when the record cannot be read back, and writing the same values twice is
 * harmless. A failed write-back is kept on the row with its problem and tried again; it never fails the letter.
 * The same goes for the write-backs due after the run's job ({@link LaterWriteBacks}), tried again with backoff.
 */
@Component
class RowWriteBacks {

	private static final Logger log = LoggerFactory.getLogger(RowWriteBacks.class);
	/** How long a later write-back that failed waits before it is tried again. */
	static final RetrySchedule BACKOFF = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(1));

	private final WriteBackStore store;
	private final SourceRecords records;
	private final Letters letters;
	private final Clock clock;
	private final String baseUrl;
	private final RandomGenerator random = RandomGenerator.getDefault();

	RowWriteBacks(WriteBackStore store, SourceRecords records, Letters letters, Clock clock,
			@Value("${katib.accounts.base-url}") String baseUrl) {
		this.store = store;
		this.records = records;
		this.letters = letters;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/**
	 * What one request did.
	 *
	 * @param rows how many rows it took: none when no row was due
	 * @param failed whether the request failed
	 */
	record Sent(int rows, boolean failed) {
	}

	/** Looks at the rows a stopped process left sending: written when their record holds the values, else due again. */
	void recover(BatchRun run, WriteBackFields fields, Caller writer) {
		recover(run, fields, writer, store.leftSending(run.id()));
	}

	/** Like {@link #recover(BatchRun, WriteBackFields, Caller)}, after the run's job: only rows whose lease is over. */
	void recoverLater(BatchRun run, WriteBackFields fields, Caller writer) {
		recover(run, fields, writer, store.leftSending(run.id(), clock.instant()));
	}

	private void recover(BatchRun run, WriteBackFields fields, Caller writer, List<Due> sending) {
		List<Integer> written = new ArrayList<>();
		List<Integer> again = new ArrayList<>();
		for (Due due : sending) {
			try {
				SourceRecord record = records.get(writer, run.table(), due.recordId());
				boolean holds = values(fields, writer, due).entrySet().stream()
					.allMatch(value -> Objects.equals(text(record.fields().get(value.getKey())), value.getValue()));
				(holds ? written : again).add(due.position());
			}
			catch (KatibException unreadable) {
				// sent again: writing the same values twice is harmless, missing them is not
				again.add(due.position());
			}
		}
		store.written(run.id(), written, clock.instant());
		store.again(run.id(), again, clock.instant());
		if (!written.isEmpty() || !again.isEmpty()) {
			log.info("Batch run {}: of the write-backs a stopped process left under way, {} had reached the source, "
					+ "{} are sent again", run.id(), written.size(), again.size());
		}
	}

	/** Writes back the next rows due, at most ten, in one request; with {@code alsoFailed}, rows that failed too. */
	Sent sendNext(BatchRun run, WriteBackFields fields, Caller writer, boolean alsoFailed) {
		return send(run, fields, writer, store.take(run.id(), WriteBacks.RECORDS_PER_REQUEST, alsoFailed, clock.instant()),
				false);
	}

	/**
	 * Writes back the next rows due after the run's job (their letters changed since), at most ten, in one request;
	 * a failure is tried again after a backoff that grows with the rows' attempts.
	 */
	Sent sendLater(BatchRun run, WriteBackFields fields, Caller writer) {
		return send(run, fields, writer, store.takeLater(run.id(), WriteBacks.RECORDS_PER_REQUEST, clock.instant()), true);
	}

	/** Keeps the rows due after the run's job as failed, with the problem, to be tried again after a backoff. */
	int failLater(BatchRun run, Map<String, Object> problem) {
		List<Due> due = store.takeLater(run.id(), WriteBacks.RECORDS_PER_REQUEST, clock.instant());
		failed(run, due, problem, true);
		return due.size();
	}

	private Sent send(BatchRun run, WriteBackFields fields, Caller writer, List<Due> due, boolean later) {
		if (due.isEmpty()) {
			return new Sent(0, false);
		}
		List<Integer> positions = due.stream().map(Due::position).toList();
		try {
			Map<String, Map<String, Object>> updates = new LinkedHashMap<>();
			for (Due row : due) {
				Map<String, Object> values = values(fields, writer, row);
				if (!values.isEmpty()) {
					updates.put(row.recordId(), values);
				}
			}
			records.updateAll(writer, run.table(), updates);
			store.written(run.id(), positions, clock.instant());
			return new Sent(due.size(), false);
		}
		catch (KatibException problem) {
			failed(run, due, RowProcessor.problem(problem), later);
			return new Sent(due.size(), true);
		}
		catch (RuntimeException unexpected) {
			log.warn("Batch run {}: writing back rows {} failed", run.id(), positions, unexpected);
			failed(run, due, Map.of("title", "Write-back failed", "detail",
					"The letters could not be written back into the source; they are tried again."), later);
			return new Sent(due.size(), true);
		}
	}

	private void failed(BatchRun run, List<Due> due, Map<String, Object> problem, boolean later) {
		Instant now = clock.instant();
		int attempts = due.stream().mapToInt(Due::attempts).max().orElse(1);
		store.failed(run.id(), due.stream().map(Due::position).toList(), problem, now,
				later ? now.plus(BACKOFF.pauseAfter(attempts, random)) : null);
	}

	private Map<String, Object> values(WriteBackFields fields, Caller writer, Due row) {
		LetterView letter = letters.letter(writer, row.letterId());
		return fields.values(letter.number(), letter.status().name(), baseUrl + "/letters/" + letter.id());
	}

	private static @org.jspecify.annotations.Nullable String text(@org.jspecify.annotations.Nullable Object value) {
		return value == null ? null : value.toString();
	}
}
