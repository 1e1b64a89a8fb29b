package dev.katib.letters.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dev.katib.letters.RecipientView;
import dev.katib.knowledge.Gender;
import dev.katib.knowledge.Honorific;
import dev.katib.knowledge.Recipient;

/** A recipient in one line, in the reader's language: «سعادة مدير الإدارة», "Dr Sara Khan". */
final class Addressees {

	private Addressees() {
	}

	static String line(RecipientView recipient, Locale locale) {
		return line(recipient.honorific(), recipient.gender(), recipient.name(), recipient.jobTitle(),
				recipient.organisation(), locale);
	}

	static String line(Recipient recipient, Locale locale) {
		return line(recipient.honorific().code(), recipient.gender(), recipient.name(), recipient.jobTitle(),
				recipient.organisation(), locale);
	}

	/** The parts of the recipient the line left out, joined: the organisation of a named person, say. */
	static String details(Recipient recipient) {
		String head = head(recipient.name(), recipient.jobTitle(), recipient.organisation());
		List<String> details = new ArrayList<>();
		for (String part : new @Nullable String[] { recipient.jobTitle(), recipient.name(), recipient.organisation() }) {
			if (part != null && !part.equals(head)) {
				details.add(part);
			}
		}
		return String.join(" · ", details);
	}

	private static String line(String honorificCode, @Nullable Gender gender, @Nullable String name,
			@Nullable String jobTitle, @Nullable String organisation, Locale locale) {
		String honorific = Honorific.fromCode(honorificCode)
			.map(h -> "ar".equals(locale.getLanguage()) ? h.arabic(gender) : h.english(gender))
			.orElse("");
		return (honorific + " " + head(name, jobTitle, organisation)).strip();
	}

	private static String head(@Nullable String name, @Nullable String jobTitle, @Nullable String organisation) {
		for (String part : new @Nullable String[] { name, jobTitle, organisation }) {
			if (part != null && !part.isBlank()) {
				return part.strip();
			}
		}
		return "";
	}
}
