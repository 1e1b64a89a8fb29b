package dev.katib.knowledge;

import com.fasterxml.jackson.annotation.JsonValue;



/** How a letter ends: with a formal closing formula, or (congratulations) with a wish on its own line. */
public enum ClosingStyle {

	/** A formula such as «وتقبلوا فائق الاحترام والتقدير ،،،» or "Yours sincerely,". */
	FORMAL("formal"),

	/** A wish on its own line and no formal closing formula, as congratulation letters end. */
	WISH("wish");

	private final String code;

	ClosingStyle(String code) {
		this.code = code;
	}

	/** The value used in JSON. */
	@JsonValue
	public String code() {
		return code;
	}
}
