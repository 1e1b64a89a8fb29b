package dev.katib.letters.addressing;

import dev.katib.knowledge.Recipient;
import dev.katib.knowledge.Honorific;
import dev.katib.knowledge.Gender;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.katib.letters.content.AddresseeBlock;
import dev.katib.knowledge.Language;

/**
 * Composes how a letter addresses its recipient: the addressee block with the honorific and prayer phrase
 * agreeing with the recipient, the greeting line, and the English valediction that matches the salutation.
 */
public final class Addressing {

	/** The Arabic greeting line. */
	public static final String ARABIC_GREETING = "السلام عليكم ورحمة الله وبركاته";

	private static final Set<String> SURNAME_PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "abu", "van",
			"von", "de", "da", "di", "du", "del", "der", "la", "le", "st", "st.", "mac", "o'");

	private Addressing() {
	}

	/** The addressee block of a letter to this recipient in this language. */
	public static AddresseeBlock block(Recipient recipient, Language language) {
		return switch (language) {
			case ARABIC -> arabicBlock(recipient);
			case ENGLISH -> englishBlock(recipient);
		};
	}

	/** «السلام عليكم ورحمة الله وبركاته», or the English salutation: "Dear Dr Smith,", "Your Excellency,". */
	public static String greeting(Recipient recipient, Language language) {
		return language == Language.ARABIC ? ARABIC_GREETING : englishGreeting(recipient);
	}

	/** "Yours faithfully," after "Dear Sir or Madam," and its kind; "Yours sincerely," otherwise. */
	public static String englishValediction(Recipient recipient) {
		String greeting = englishGreeting(recipient);
		return greeting.startsWith("Dear Sir") || greeting.startsWith("Dear Madam") ? "Yours faithfully,"
				: "Yours sincerely,";
	}

	private static AddresseeBlock arabicBlock(Recipient recipient) {
		Gender gender = recipient.gender();
		String jobTitle = recipient.jobTitle();
		if (jobTitle != null && gender == Gender.FEMALE) {
			jobTitle = FeminineTitles.of(jobTitle).orElse(jobTitle);
		}
		Honorific honorific = recipient.honorific();
		if (honorific.needsAName() && recipient.name() == null) {
			honorific = Honorific.SAADA;
		}
		return new AddresseeBlock(honorific.arabic(gender), jobTitle, recipient.name(), recipient.organisation(),
				honorific.prayer(gender));
	}

	private static AddresseeBlock englishBlock(Recipient recipient) {
		Honorific honorific = recipient.honorific();
		boolean bareTitle = recipient.name() == null && (honorific.needsAName() || honorific == Honorific.SAADA);
		String title = bareTitle ? "" : honorific.english(recipient.gender());
		return new AddresseeBlock(title, recipient.jobTitle(), recipient.name(), recipient.organisation(), null);
	}

	private static String englishGreeting(Recipient recipient) {
		Honorific honorific = recipient.honorific();
		if (honorific.fixedEnglishGreeting().isPresent()) {
			return honorific.fixedEnglishGreeting().get();
		}
		String name = recipient.name();
		if (honorific.addressesABody() || name == null) {
			return switch (honorific.addressesABody() ? null : recipient.gender()) {
				case MALE -> "Dear Sir,";
				case FEMALE -> "Dear Madam,";
				case null -> "Dear Sir or Madam,";
			};
		}
		String title = honorific.english(recipient.gender());
		if (title.isEmpty()) {
			return "Dear " + name + ",";
		}
		return "Dear " + title + " " + (honorific == Honorific.SHEIKH ? name : surname(name)) + ",";
	}

	/** "Smith" of "John Smith"; "Al Qahtani" of "Mohammed Al Qahtani"; a one-word name as it is. */
	static String surname(String name) {
		List<String> words = List.of(name.strip().split("\\s+"));
		int start = words.size() - 1;
		while (start > 0 && SURNAME_PARTICLES.contains(words.get(start - 1).toLowerCase(Locale.ROOT))) {
			start--;
		}
		return String.join(" ", words.subList(start, words.size()));
	}
}
