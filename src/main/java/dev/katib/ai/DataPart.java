package dev.katib.ai;

/**
 * A piece of data the model should read but never obey, such as a reference letter or a record.
 * The gateway fences it and tells the model that fenced text is data, not instructions.
 *
 * @param label a short name that says what the data is, e.g. {@code reference-letter}
 * @param content the data itself
 */
public record DataPart(String label, String content) {

	public DataPart {
		if (label.isBlank() || !label.matches("[A-Za-z0-9._-]{1,64}")) {
			throw new IllegalArgumentException("A data part's label is 1 to 64 letters, digits, '.', '_' or '-'");
		}
	}
}
