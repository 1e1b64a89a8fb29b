package dev.katib.assistant.internal;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.connectors.FieldMappings;
import dev.katib.connectors.LetterField;
import dev.katib.connectors.MappedRecord;
import dev.katib.connectors.SourceRecords;
import dev.katib.connectors.TableRef;
import dev.katib.knowledge.Gender;
import dev.katib.knowledge.Language;
import dev.katib.letters.DraftLetter;
import dev.katib.letters.LetterView;
import dev.katib.letters.Letters;
import dev.katib.letters.RecipientInput;
import dev.katib.platform.Hashes;

/**
 * Drafts a letter to the recipient a record names, through the table's field mapping and the drafting service, so
 * the organisation's quota is reserved as for any letter. The call's Idempotency-Key is made of the record and the
 * request, so the same call made again (a retried step, a second click) returns the letter it opened.
 */
@Component
class RecordLetters {

	/** The honorific a record gets when its table maps none, as batch runs do. */
	static final String DEFAULT_HONORIFIC = "saada";

	private final SourceRecords records;
	private final FieldMappings mappings;
	private final Letters letters;

	RecordLetters(SourceRecords records, FieldMappings mappings, Letters letters) {
		this.records = records;
		this.mappings = mappings;
		this.letters = letters;
	}

	LetterView draft(Caller caller, TableRef table, String recordId, String category, Language language,
			String request) {
		MappedRecord row = mappings.map(caller, table, List.of(records.get(caller, table, recordId))).getFirst();
		Map<LetterField, String> fields = row.fields();
		RecipientInput recipient = new RecipientInput(fields.get(LetterField.RECIPIENT_NAME),
				fields.getOrDefault(LetterField.HONORIFIC, DEFAULT_HONORIFIC), fields.get(LetterField.JOB_TITLE),
				gender(fields.get(LetterField.GENDER)), fields.get(LetterField.ORGANISATION));
		DraftLetter letter = new DraftLetter(category, language, recipient, null, request.strip(), null, null);
		String key = "assistant:" + Hashes.sha256Hex(String.join("\n", table.sourceId().toString(), table.baseId(),
				table.tableId(), recordId, category, language.code(), request.strip()));
		return letters.draft(caller, letter, key);
	}

	private static @Nullable Gender gender(@Nullable String mapped) {
		return mapped == null ? null : switch (mapped) {
			case "FEMALE" -> Gender.FEMALE;
			case "MALE" -> Gender.MALE;
			default -> null;
		};
	}
}
