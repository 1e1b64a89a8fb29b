package dev.katib.automation.batch;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

/**
 * Writes drafted rows' letters back into their source records, ten records a request (Airtable's most), through
 * the connectors module, whose pacing keeps every request within the source's rate limit.
 * <p>
 * Exactly once, as far as a crash allows: a row is marked {@code SENDING} and committed before its request leaves,
 * and {@code WRITTEN} after. A process killed in between leaves it {@code SENDING}; the next one reads the record
 * back and counts it written when it holds the values already, or sends it again when it does not. So a write-back
 * is never lost; it is sent twice only when the record cannot be read back, and writing the same values twice is
 * harmless. A failed write-back is kept on the row with its problem and tried again; it never fails the letter.
 */
@Component
class RowWriteBacks {

	private static final Logger log = LoggerFactory.getLogger(RowWriteBacks.class);

	private final WriteBackStore store;
	private final SourceRecords records;
	private final Letters letters;
	private final Clock clock;
	private final String baseUrl;

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
		List<Integer> written = new ArrayList<>();
		List<Integer> again = new ArrayList<>();
		for (Due due : store.leftSending(run.id())) {
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
		List<Due> due = store.take(run.id(), WriteBacks.RECORDS_PER_REQUEST, alsoFailed);
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
			store.failed(run.id(), positions, RowProcessor.problem(problem), clock.instant());
			return new Sent(due.size(), true);
		}
		catch (RuntimeException unexpected) {
			log.warn("Batch run {}: writing back rows {} failed", run.id(), positions, unexpected);
			store.failed(run.id(), positions, Map.of("title", "Write-back failed", "detail",
					"The letters could not be written back into the source; they are tried again."), clock.instant());
			return new Sent(due.size(), true);
		}
	}

	private Map<String, Object> values(WriteBackFields fields, Caller writer, Due row) {
		LetterView letter = letters.letter(writer, row.letterId());
		return fields.values(letter.number(), letter.status().name(), baseUrl + "/letters/" + letter.id());
	}

	private static @org.jspecify.annotations.Nullable String text(@org.jspecify.annotations.Nullable Object value) {
		return value == null ? null : value.toString();
	}
}
