package dev.katib.knowledge;


import java.util.Locale;
import java.util.Optional;

/** The language a letter is written in; Arabic letters are laid out right to left. */
public enum Language {

	ARABIC("ar"), ENGLISH("en");

	private final String code;

	Language(String code) {
		this.code = code;
	}

	/** The ISO 639-1 code, as used in URLs, JSON and message bundles. */
	public String code() {
		return code;
	}

	public Locale locale() {
		return Locale.forLanguageTag(code);
	}

	public static Optional<Language> fromCode(String code) {
		for (Language language : values()) {
			if (language.code.equalsIgnoreCase(code.strip())) {
				return Optional.of(language);
			}
		}
		return Optional.empty();
	}
}
