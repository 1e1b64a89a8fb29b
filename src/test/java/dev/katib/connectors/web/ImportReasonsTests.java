package dev.katib.connectors.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import dev.katib.connectors.FieldType;
import dev.katib.connectors.backend.FieldValues;
import dev.katib.platform.KatibException;

class ImportReasonsTests {

	private static final Locale ARABIC = Locale.forLanguageTag("ar");

	private final ImportReasons reasons = new ImportReasons(bundles());

	@Test
	void everyRefusalOfTheFieldChecksIsSaidInArabicNamingItsField() {
		List<String> refusals = List.of(refusal(new FieldType.Decimal(0), "old"),
				refusal(new FieldType.Checkbox(), "maybe"),
				refusal(new FieldType.Text(FieldType.Text.Format.LINE), 12),
				refusal(new FieldType.Text(FieldType.Text.Format.EMAIL), "not mail"),
				refusal(new FieldType.Text(FieldType.Text.Format.URL), "javascript:x"),
				refusal(new FieldType.SingleSelect(List.of("a")), "z"),
				refusal(new FieldType.LinkedRecords("tbl"), List.of("not an id!")),
				refusal(new FieldType.Text(FieldType.Text.Format.LINE), "x".repeat(100_001)),
				refusal(new FieldType.Text(FieldType.Text.Format.LINE), "a\u0000"),
				refusal(new FieldType.Computed("formula"), "1"),
				refusal(new FieldType.Attachments(), "x"));

		for (String refusal : refusals) {
			assertThat(reasons.row(refusal, ARABIC)).as(refusal).contains("«العمر»").doesNotContain("Field", "needs");
		}
		assertThat(reasons.row(refusals.get(0), ARABIC)).contains("رقم");
		assertThat(reasons.row(refusals.get(5), ARABIC)).contains("«z»");
		assertThat(reasons.row(refusals.get(0), Locale.ENGLISH)).isEqualTo("Field \"العمر\" needs a value of type Number.");
	}

	@Test
	void aReasonOfTheSourceItselfIsShownAsItCame() {
		assertThat(reasons.row("INVALID_VALUE_FOR_COLUMN: Cannot parse value", ARABIC))
			.isEqualTo("INVALID_VALUE_FOR_COLUMN: Cannot parse value");
	}

	private static String refusal(FieldType type, Object value) {
		return catchThrowableOfType(KatibException.class, () -> FieldValues.accept("العمر", type, value)).getMessage();
	}

	static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
