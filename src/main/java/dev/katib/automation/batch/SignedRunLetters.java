package dev.katib.automation.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.connectors.LetterField;
import dev.katib.letters.IssuedNumber;
import dev.katib.letters.Letter;
import dev.katib.letters.LetterHistory;
import dev.katib.letters.LetterRecords;
import dev.katib.letters.LetterStatus;

/**
 * A run's letters that are signed, each with the text its record had when it was drafted, so that the record's
 * own fields (an e-mail address, a phone number) can say where the letter goes. Read in five queries however many
 * letters the run has.
 */
@Component
class SignedRunLetters {

	private final BatchRowStore rows;
	private final LetterHistory history;
	private final LetterRecords records;

	SignedRunLetters(BatchRowStore rows, LetterHistory history, LetterRecords records) {
		this.rows = rows;
		this.history = history;
		this.records = records;
	}

	/**
	 * One signed letter of the run.
	 *
	 * @param id the letter
	 * @param position its row
	 * @param recipient to whom it is written, as its record names them
	 * @param number its number
	 * @param fields its record's fields that had a value, by name
	 */
	record SignedLetter(UUID id, int position, String recipient, @Nullable String number, Map<String, String> fields) {

		/** The value of the record's field, or none when it had no value. */
		public @Nullable String address(String field) {
			String value = fields.get(field);
			return value == null || value.isBlank() ? null : value.strip();
		}
	}

	/** The run's signed letters, in the run's order. */
	@Transactional(readOnly = true)
	List<SignedLetter> of(UUID tenantId, UUID runId) {
		Map<UUID, BatchRow> byLetter = new LinkedHashMap<>();
		rows.page(tenantId, runId, null, 0, RunRecords.MAX_ROWS).stream()
			.filter(row -> row.letterId() != null)
			.forEach(row -> byLetter.put(row.letterId(), row));
		if (byLetter.isEmpty()) {
			return List.of();
		}
		Set<UUID> signed = Stream.of(LetterStatus.SIGNED, LetterStatus.SENT, LetterStatus.ARCHIVED)
			.flatMap(status -> history.withStatus(tenantId, status, byLetter.keySet(), RunRecords.MAX_ROWS).stream())
			.map(Letter::id)
			.collect(Collectors.toSet());
		Map<UUID, IssuedNumber> numbers = records.numbers(tenantId, signed);
		return byLetter.values().stream()
			.filter(row -> signed.contains(row.letterId()))
			.map(row -> new SignedLetter(row.letterId(), row.position(), recipient(row),
					numbers.containsKey(row.letterId()) ? numbers.get(row.letterId()).number() : null,
					row.record().mergeFields()))
			.toList();
	}

	private static String recipient(BatchRow row) {
		Map<LetterField, String> mapped = row.record().fields();
		String organisation = mapped.get(LetterField.ORGANISATION);
		String name = mapped.get(LetterField.RECIPIENT_NAME);
		return organisation != null && !organisation.isBlank() ? organisation
				: name != null && !name.isBlank() ? name : row.record().recordId();
	}
}
