package dev.katib.automation.flows;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.connectors.FieldMappings;
import dev.katib.connectors.LetterField;
import dev.katib.connectors.MappedRecord;
import dev.katib.connectors.SourceRecords;
import dev.katib.knowledge.Gender;
import dev.katib.knowledge.Language;
import dev.katib.letters.DraftLetter;
import dev.katib.letters.DraftingState;
import dev.katib.letters.LetterStatus;
import dev.katib.letters.LetterView;
import dev.katib.letters.Letters;
import dev.katib.letters.RecipientInput;
import dev.katib.review.LetterSubmissions;

/**
 * The steps about the execution's letter: drafting it from the record (through {@link Letters#draft}, as batch
 * runs and the new-letter form do, keyed {@code flow:<execution>:<step>} so a step run again finds its letter),
 * submitting it, and waiting until it is drafted, approved, signed or archived. A wait stores the execution as
 * waiting and returns: the letter's event wakes it.
 */
@Component
class LetterSteps {

	private final Letters letters;
	private final LetterSubmissions submissions;
	private final SourceRecords records;
	private final FieldMappings mappings;

	LetterSteps(Letters letters, LetterSubmissions submissions, SourceRecords records, FieldMappings mappings) {
		this.letters = letters;
		this.submissions = submissions;
		this.records = records;
		this.mappings = mappings;
	}

	StepOutcome draft(Caller caller, Execution execution, Step step, int attempt, Map<String, String> context) {
		String recordId = context.get(FlowFields.RECORD_ID);
		if (recordId == null) {
			return StepOutcome.failed("No record", "This execution has no record to draft a letter from.");
		}
		var table = DefinitionRules.ref(execution.definition().trigger());
		MappedRecord row = mappings.map(caller, table, List.of(records.get(caller, table, recordId))).getFirst();
		Map<LetterField, String> mapped = row.fields();
		RecipientInput recipient = new RecipientInput(mapped.get(LetterField.RECIPIENT_NAME),
				mapped.getOrDefault(LetterField.HONORIFIC, "saada"), mapped.get(LetterField.JOB_TITLE),
				gender(mapped.get(LetterField.GENDER)), mapped.get(LetterField.ORGANISATION));
		Map<String, String> values = new HashMap<>(row.mergeFields());
		values.putAll(context);
		String request = MergeText.fill(step.template(), values).strip();
		Language language = Language.fromCode(step.language()).orElse(Language.fromCode("ar").orElseThrow());
		String key = "flow:" + execution.id() + ":" + step.id() + (attempt > 1 ? ":" + attempt : "");
		LetterView letter = letters.draft(caller,
				new DraftLetter(step.category(), language, recipient, null, request, null, null), key);
		Map<String, String> fields = facts(letter);
		if (letter.drafting() == DraftingState.WRITING) {
			return new StepOutcome.Waiting(letter.id(), "DRAFTED", Map.of("letterId", letter.id().toString()), fields);
		}
		if (letter.drafting() == DraftingState.FAILED) {
			Map<String, Object> problem = new LinkedHashMap<>(letter.problem() == null ? Map.of() : letter.problem());
			problem.putIfAbsent("title", "Drafting failed");
			problem.put("letterId", letter.id().toString());
			return new StepOutcome.Failed(problem);
		}
		return new StepOutcome.Done(Map.of("letterId", letter.id().toString(), "status", letter.status().name()),
				fields, null);
	}

	StepOutcome submit(Caller caller, Map<String, String> context) {
		LetterView letter = letter(caller, context);
		if (letter == null) {
			return noLetter();
		}
		LetterStatus status = letter.status().editable() ? submissions.submit(caller, letter.id()) : letter.status();
		Map<String, String> fields = new HashMap<>(facts(letter));
		fields.put(FlowFields.LETTER_STATUS, status.name());
		return new StepOutcome.Done(Map.of("letterId", letter.id().toString(), "status", status.name()), fields, null);
	}

	/** Waits until the letter is approved or signed; a cancelled letter fails the step. */
	StepOutcome await(Caller caller, Step step, Map<String, String> context) {
		LetterView letter = letter(caller, context);
		if (letter == null) {
			return noLetter();
		}
		String until = step.until() == null ? "approved" : step.until();
		if (reached(letter, until.toUpperCase(Locale.ROOT))) {
			return new StepOutcome.Done(Map.of("letterId", letter.id().toString(), "status", letter.status().name()),
					facts(letter), null);
		}
		if (letter.status() == LetterStatus.CANCELLED) {
			return StepOutcome.failed("Letter cancelled", "The letter was cancelled before it was " + until + ".");
		}
		return new StepOutcome.Waiting(letter.id(), until.toUpperCase(Locale.ROOT),
				Map.of("letterId", letter.id().toString(), "status", letter.status().name()), facts(letter));
	}

	/** Waits until the signed letter's final PDF is rendered and archived, and gives its verification code. */
	StepOutcome archived(Caller caller, Map<String, String> context) {
		LetterView letter = letter(caller, context);
		if (letter == null) {
			return noLetter();
		}
		if (!letter.status().signed()) {
			return StepOutcome.failed("Letter not signed", "Only a signed letter is archived; wait until it is signed.");
		}
		if (letter.verification() == null) {
			return new StepOutcome.Waiting(letter.id(), "ARCHIVED", Map.of("letterId", letter.id().toString()),
					facts(letter));
		}
		return new StepOutcome.Done(Map.of("letterId", letter.id().toString(), "verificationCode",
				letter.verification().code(), "verificationUrl", letter.verification().url()), facts(letter), null);
	}

	/** Whether the letter has got where a waiting execution waits for it to be. */
	boolean reached(Caller caller, UUID letterId, String waitFor) {
		return reached(letters.letter(caller, letterId), waitFor);
	}

	static boolean reached(LetterView letter, String waitFor) {
		return switch (waitFor) {
			case "DRAFTED" -> letter.drafting() != DraftingState.WRITING;
			case "APPROVED" -> letter.status().approved() || letter.status() == LetterStatus.CANCELLED;
			case "SIGNED" -> letter.status().signed() || letter.status() == LetterStatus.CANCELLED;
			case "ARCHIVED" -> letter.verification() != null;
			default -> false;
		};
	}

	@Nullable
	LetterView letter(Caller caller, Map<String, String> context) {
		String id = context.get(FlowFields.LETTER_ID);
		return id == null ? null : letters.letter(caller, UUID.fromString(id));
	}

	/** What later steps may merge of the letter. */
	static Map<String, String> facts(LetterView letter) {
		Map<String, String> facts = new HashMap<>();
		facts.put(FlowFields.LETTER_ID, letter.id().toString());
		facts.put(FlowFields.LETTER_STATUS, letter.status().name());
		if (letter.number() != null) {
			facts.put(FlowFields.LETTER_NUMBER, letter.number());
		}
		if (letter.verification() != null) {
			facts.put(FlowFields.LETTER_VERIFICATION, letter.verification().url());
		}
		return facts;
	}

	static StepOutcome.Failed noLetter() {
		return StepOutcome.failed("No letter", "This execution has no letter yet: draft one in an earlier step, or "
				+ "start it from a letter event.");
	}

	private static @Nullable Gender gender(@Nullable String mapped) {
		return mapped == null ? null : switch (mapped) {
			case "FEMALE" -> Gender.FEMALE;
			case "MALE" -> Gender.MALE;
			default -> null;
		};
	}
}
