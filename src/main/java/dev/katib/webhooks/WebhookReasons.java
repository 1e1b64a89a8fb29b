package dev.katib.webhooks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says why an address was refused, or an attempt failed, in the page's language. The API and the attempt log keep
 * the English words the address check and the HTTP call stored; a page translates the kinds it knows and shows any
 * other reason as it was stored.
 */
@Component
class WebhookReasons {

	/** A reason by the words it is stored with, and its message. */
	private record Kind(Pattern words, String key) {
	}

	private static final List<Kind> KINDS = List.of(
			kind("The URL is not well formed\\.", "malformed"),
			kind("A webhook URL must start with https://\\.", "https"),
			kind("A webhook URL names a host, and carries no user name, password or fragment\\.", "host"),
			kind("A webhook may not point at Katib's own host\\.", "own-host"),
			kind("The webhook's host name does not resolve\\.", "unresolved"),
			kind("A webhook may not point at a private, loopback or link-local address\\.", "private"),
			kind("A webhook URL holds 1 to (\\d+) characters\\.", "length"),
			kind("The endpoint's URL cannot be called\\.", "uncallable"),
			kind("The endpoint answered HTTP (\\d+)\\.", "status"),
			kind("No answer in time: (\\w+)", "timeout"),
			kind("No answer: (\\w+)", "no-answer"));

	private final MessageSource messages;

	WebhookReasons(MessageSource messages) {
		this.messages = messages;
	}

	private static Kind kind(String words, String key) {
		return new Kind(Pattern.compile(words), "webhooks.reason." + key);
	}

	/** The page's words for each of these stored reasons, by the stored reason. */
	Map<String, String> of(Collection<String> reasons, Locale locale) {
		Map<String, String> said = new LinkedHashMap<>();
		reasons.stream().filter(Objects::nonNull).forEach(reason -> said.computeIfAbsent(reason, r -> of(r, locale)));
		return said;
	}

	String of(String reason, Locale locale) {
		for (Kind kind : KINDS) {
			Matcher words = kind.words().matcher(reason);
			if (words.matches()) {
				Object[] arguments = new Object[words.groupCount()];
				for (int i = 0; i < arguments.length; i++) {
					arguments[i] = words.group(i + 1);
				}
				return messages.getMessage(kind.key(), arguments.length == 0 ? null : arguments, locale);
			}
		}
		return reason;
	}
}
