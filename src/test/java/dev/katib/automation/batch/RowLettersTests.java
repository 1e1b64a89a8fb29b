package dev.katib.automation.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.katib.connectors.LetterField;
import dev.katib.connectors.MappedRecord;
import dev.katib.knowledge.Gender;
import dev.katib.knowledge.Language;
import dev.katib.letters.DraftLetter;

class RowLettersTests {

	static final RequestTemplate TEMPLATE = new RequestTemplate("Invite {{School name}} to the science fair in {{City}}.");

	@Test
	void theRowsMappedFieldsBecomeTheRecipientAndItsMergeFieldsFillTheRequest() {
		MappedRecord row = new MappedRecord("rec1",
				Map.of(LetterField.RECIPIENT_NAME, "Huda Al-Harbi", LetterField.HONORIFIC, "doctor",
						LetterField.JOB_TITLE, "Head teacher", LetterField.GENDER, "FEMALE",
						LetterField.ORGANISATION, "Al Noor School"),
				Map.of("School name", "Al Noor School", "City", "Jeddah"));

		DraftLetter letter = RowLetters.letter(row, "invitation", Language.ENGLISH, TEMPLATE);

		assertThat(letter.category()).isEqualTo("invitation");
		assertThat(letter.language()).isEqualTo(Language.ENGLISH);
		assertThat(letter.request()).isEqualTo("Invite Al Noor School to the science fair in Jeddah.");
		assertThat(letter.recipient()).isNotNull();
		assertThat(letter.recipient().name()).isEqualTo("Huda Al-Harbi");
		assertThat(letter.recipient().honorific()).isEqualTo("doctor");
		assertThat(letter.recipient().jobTitle()).isEqualTo("Head teacher");
		assertThat(letter.recipient().gender()).isEqualTo(Gender.FEMALE);
		assertThat(letter.recipient().organisation()).isEqualTo("Al Noor School");
	}

	@Test
	void aRowWithoutHonorificOrPlainGenderIsAddressedWithSaadaAndNoGender() {
		MappedRecord row = new MappedRecord("rec2",
				Map.of(LetterField.ORGANISATION, "Ministry of Education", LetterField.GENDER, "unknown"),
				Map.of("School name", "Al Amal School"));

		DraftLetter letter = RowLetters.letter(row, "invitation", Language.ARABIC, TEMPLATE);

		assertThat(letter.recipient().honorific()).isEqualTo("saada");
		assertThat(letter.recipient().gender()).isNull();
		assertThat(letter.request()).isEqualTo("Invite Al Amal School to the science fair in .");
	}

	@Test
	void theSameRowOfTheSameRunAlwaysHasTheSameKeyAndOtherRunsOrRowsAnother() {
		UUID run = UUID.randomUUID();

		assertThat(RowLetters.idempotencyKey(run, "rec1")).isEqualTo(RowLetters.idempotencyKey(run, "rec1"));
		assertThat(RowLetters.idempotencyKey(run, "rec1")).isNotEqualTo(RowLetters.idempotencyKey(run, "rec2"));
		assertThat(RowLetters.idempotencyKey(run, "rec1"))
			.isNotEqualTo(RowLetters.idempotencyKey(UUID.randomUUID(), "rec1"));
	}

	@Test
	void aVeryLongRecordIdStillGivesAKeyTheLettersModuleTakes() {
		UUID run = UUID.randomUUID();
		String longId = "r".repeat(500);

		assertThat(RowLetters.idempotencyKey(run, longId)).hasSizeLessThanOrEqualTo(200)
			.isEqualTo(RowLetters.idempotencyKey(run, longId))
			.isNotEqualTo(RowLetters.idempotencyKey(run, "r".repeat(499)));
	}
}
