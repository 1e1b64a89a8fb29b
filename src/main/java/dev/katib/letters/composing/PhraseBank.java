package dev.katib.letters.composing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import dev.katib.platform.Inputs;
import dev.katib.knowledge.Language;

/**
 * The phrases offline letters are composed from, in Arabic and English. Katib ships a default bank
 * ({@code letters/phrases/ar.yaml} and {@code en.yaml}, read once); an organisation's own edited bank, in the same
 * form, can be handed to the composer instead. A bank is checked when it is built: it must hold no figure (the
 * composer never adds one), only known placeholders, and the default category's phrases.
 */
public final class PhraseBank {

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private final Lexicon arabic;

	private final Lexicon english;

	private PhraseBank(Phrases arabic, Phrases english) {
		BankChecks.check(arabic, "arabic");
		BankChecks.check(english, "english");
		this.arabic = new Lexicon(arabic);
		this.english = new Lexicon(english);
	}

	/** A bank of these phrases, once they pass the checks. */
	public static PhraseBank of(Phrases arabic, Phrases english) {
		return new PhraseBank(arabic, english);
	}

	/** Katib's own bank. */
	public static PhraseBank defaults() {
		return Defaults.BANK;
	}

	/**
	 * A bank from its YAML text, in the form of Katib's own files.
	 *
	 * @throws dev.katib.platform.KatibException validation failed, naming the language, when a text cannot be read
	 *         or breaks a check
	 */
	public static PhraseBank read(String arabic, String english) {
		return new PhraseBank(parse(arabic, "arabic"), parse(english, "english"));
	}

	/** Katib's own phrases of one language, as the YAML text an organisation starts editing from. */
	public static String defaultText(Language language) {
		return language == Language.ARABIC ? Defaults.ARABIC : Defaults.ENGLISH;
	}

	/** The phrases of one language. */
	public Phrases phrases(Language language) {
		return lexicon(language).phrases;
	}

	Lexicon lexicon(Language language) {
		return language == Language.ARABIC ? arabic : english;
	}

	private static Phrases parse(String yaml, String language) {
		try {
			return YAML.readValue(yaml, Phrases.class);
		}
		catch (JacksonException unreadable) {
			throw Inputs.invalid("phrases." + language,
					"The " + language + " phrases cannot be read: " + unreadable.getOriginalMessage());
		}
	}

	/** Read from the class path on first use, then kept: composing does no I/O. */
	private static final class Defaults {

		static final String ARABIC = text("ar");
		static final String ENGLISH = text("en");
		static final PhraseBank BANK = new PhraseBank(parse(ARABIC, "arabic"), parse(ENGLISH, "english"));

		private static String text(String code) {
			String path = "letters/phrases/" + code + ".yaml";
			try (InputStream in = PhraseBank.class.getClassLoader().getResourceAsStream(path)) {
				if (in == null) {
					throw new IllegalStateException("The phrase bank " + path + " is missing from the class path.");
				}
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException unreadable) {
				throw new UncheckedIOException(unreadable);
			}
		}
	}
}
