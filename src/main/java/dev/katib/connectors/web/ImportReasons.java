package dev.katib.connectors.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dev.katib.connectors.ImportProgress;

/**
 * Says why an import refused a row, or stopped, in the page's language. The API keeps the stored English reason;
 * a page translates the kinds of refusal Katib's own field checks give, and shows any other reason (a source's
 * own words) as it was stored.
 */
@Component
class ImportReasons {

	/** A refusal of {@link dev.katib.connectors.backend.FieldValues}, by the words it stores, and its message. */
	private record Kind(Pattern words, String key) {
	}

	private static final String FIELD = "Field '(.+)' ";

	private static final List<Kind> KINDS = List.of(
			new Kind(Pattern.compile(FIELD + "needs a value of type (\\S+)\\."), "sources.import.reason.type"),
			new Kind(Pattern.compile(FIELD + "needs text\\."), "sources.import.reason.text"),
			new Kind(Pattern.compile(FIELD + "needs an e-mail address\\."), "sources.import.reason.email"),
			new Kind(Pattern.compile(FIELD + "needs a web address starting with http:// or https://\\."),
					"sources.import.reason.url"),
			new Kind(Pattern.compile(FIELD + "has no choice '(.*)'\\."), "sources.import.reason.choice"),
			new Kind(Pattern.compile(FIELD + "needs record ids\\."), "sources.import.reason.links"),
			new Kind(Pattern.compile(FIELD + "is longer than (\\d+) characters\\."), "sources.import.reason.long"),
			new Kind(Pattern.compile(FIELD + "holds characters that are not text\\."), "sources.import.reason.not-text"),
			new Kind(Pattern.compile(FIELD + "(?:is computed by the source and )?cannot be written\\."),
					"sources.import.reason.read-only"));

	private final MessageSource messages;

	ImportReasons(MessageSource messages) {
		this.messages = messages;
	}

	/** Each refused row as the page lists it: its number and its reason. */
	List<String> failures(ImportProgress progress, Locale locale) {
		return progress.failures().stream()
			.map(f -> messages.getMessage("sources.import.failure", new Object[] { f.row(), row(f.reason(), locale) },
					locale))
			.toList();
	}

	/** Why the whole import stopped, by its kind where the page knows it. */
	String problem(ImportProgress progress, Locale locale) {
		String stored = progress.problem() == null ? "" : progress.problem();
		return progress.problemType() == null ? stored
				: messages.getMessage("sources.error." + progress.problemType(), null, stored, locale);
	}

	String row(String reason, Locale locale) {
		for (Kind kind : KINDS) {
			Matcher words = kind.words().matcher(reason);
			if (words.matches()) {
				Object[] arguments = new Object[words.groupCount()];
				for (int i = 0; i < arguments.length; i++) {
					arguments[i] = words.group(i + 1);
				}
				if (kind.key().endsWith(".type")) {
					arguments[1] = messages.getMessage("sources.type." + arguments[1], null, (String) arguments[1], locale);
				}
				return messages.getMessage(kind.key(), arguments, locale);
			}
		}
		return reason;
	}
}
