package dev.katib.connectors.spreadsheet;

/** Arabic in spreadsheet cells: its digits and signs read as Western ones, and whether a table is Arabic. */
final class Scripts {

	private Scripts() {
	}

	/** Arabic-Indic and Persian digits as 0-9, and the Arabic decimal, thousands and percent signs as . , %. */
	static String westernDigits(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char western = switch (c) {
				case '\u066B' -> '.';
				case '\u066C' -> ',';
				case '\u066A' -> '%';
				default -> c >= '\u0660' && c <= '\u0669' ? (char) ('0' + c - '\u0660')
						: c >= '\u06F0' && c <= '\u06F9' ? (char) ('0' + c - '\u06F0') : c;
			};
			if (western != c && out == null) {
				out = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (out != null) {
				out.append(western);
			}
		}
		return out == null ? text : out.toString();
	}

	/** Whether the texts hold more Arabic letters than Latin ones. */
	static boolean mostlyArabic(Iterable<String> texts) {
		long arabic = 0;
		long latin = 0;
		for (String text : texts) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (!Character.isLetter(c)) {
					continue;
				}
				Character.UnicodeScript script = Character.UnicodeScript.of(c);
				if (script == Character.UnicodeScript.ARABIC) {
					arabic++;
				}
				else if (script == Character.UnicodeScript.LATIN) {
					latin++;
				}
			}
		}
		return arabic > latin;
	}
}
