package dev.katib.automation.batch;

import org.jspecify.annotations.Nullable;

import dev.katib.connectors.FieldType;
import dev.katib.connectors.FieldType.Text.Format;

/**
 * What a write-back field is for, and which fields can hold it: every fact is text ({@code K-2026-0001},
 * {@code IN_REVIEW}, a link), so a tick box, a number or a date field would refuse each row's write-back.
 */
enum WriteBackPurpose {

	NUMBER("number", "the letter's number needs a text field"),
	STATUS("status", "the status needs a text field"),
	LINK("link", "the link needs a text or URL field");

	private final String key;

	private final String needs;

	WriteBackPurpose(String key, String needs) {
		this.key = key;
		this.needs = needs;
	}

	/** Its name in the API and the form: {@code number}, {@code status} or {@code link}. */
	String key() {
		return key;
	}

	/** What it needs, for a refusal. */
	String needs() {
		return needs;
	}

	/** The field picked for it, if any. */
	@Nullable String of(WriteBackFields fields) {
		return switch (this) {
			case NUMBER -> fields.number();
			case STATUS -> fields.status();
			case LINK -> fields.link();
		};
	}

	/** Whether a field of this type can hold it. */
	boolean fits(FieldType type) {
		if (!type.writable() || !(type instanceof FieldType.Text text)) {
			return false;
		}
		return switch (text.format()) {
			case LINE, LONG, RICH -> true;
			case URL -> this == LINK;
			case EMAIL, PHONE -> false;
		};
	}

	/** A field type as a writer knows it, for a refusal. */
	static String describe(FieldType type) {
		return switch (type) {
			case FieldType.Checkbox checkbox -> "a tick box";
			case FieldType.Decimal decimal -> "a number field";
			case FieldType.Currency currency -> "a currency field";
			case FieldType.Percent percent -> "a percent field";
			case FieldType.Date date -> "a date field";
			case FieldType.DateTime dateTime -> "a date and time field";
			case FieldType.SingleSelect select -> "a single select";
			case FieldType.MultipleSelect select -> "a multiple select";
			case FieldType.LinkedRecords linked -> "a link to other records";
			case FieldType.Text text when text.format() == Format.URL -> "a URL field";
			case FieldType.Text text when text.format() == Format.EMAIL -> "an e-mail field";
			case FieldType.Text text when text.format() == Format.PHONE -> "a phone field";
			default -> "a " + type.name() + " field";
		};
	}
}
