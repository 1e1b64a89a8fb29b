package dev.katib.audit.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

import dev.katib.audit.AuditEntry;
import dev.katib.letters.IssuedNumber;
import dev.katib.letters.LetterRecords;

/**
 * Audit entries as a person reads them: "Fatima signed letter OUT/1448/000001", in the reader's language. A
 * letter is named by its number once it has one; an action without a sentence of its own reads as its name.
 */
@Component
class AuditSentences {

	private final MessageSource messages;
	private final LetterRecords letters;

	AuditSentences(MessageSource messages, LetterRecords letters) {
		this.messages = messages;
		this.letters = letters;
	}

	/** The sentence of each entry, in order. */
	List<String> of(UUID tenantId, List<AuditEntry> entries, Locale locale) {
		List<UUID> letterIds = entries.stream()
			.filter(entry -> "letter".equals(entry.targetType()))
			.map(AuditEntry::targetId)
			.filter(Objects::nonNull)
			.map(AuditSentences::uuid)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		Map<UUID, IssuedNumber> numbers = letterIds.isEmpty() ? Map.of() : letters.numbers(tenantId, letterIds);
		return entries.stream().map(entry -> sentence(entry, numbers, locale)).toList();
	}

	private String sentence(AuditEntry entry, Map<UUID, IssuedNumber> numbers, Locale locale) {
		String target = target(entry, numbers, locale);
		Map<String, String> details = new HashMap<>(entry.details());
		Object[] args = { isolated(entry.actor()), isolated(target), details.getOrDefault("version", ""), details.getOrDefault("restored", ""),
				details.getOrDefault("filename", ""), details.getOrDefault("number", ""), entry.action() };
		try {
			return messages.getMessage("audit.sentence." + entry.action(), args, locale);
		}
		catch (NoSuchMessageException ex) {
			return messages.getMessage("audit.sentence.other", args, locale);
		}
	}

	private String target(AuditEntry entry, Map<UUID, IssuedNumber> numbers, Locale locale) {
		if (entry.targetId() == null) {
			return "";
		}
		if ("letter".equals(entry.targetType())) {
			UUID id = uuid(entry.targetId());
			IssuedNumber number = id == null ? null : numbers.get(id);
			String issued = number != null ? number.number() : entry.details().get("number");
			return issued != null ? issued
					: messages.getMessage("audit.target.draft", new Object[] { entry.targetId().substring(0, 8) }, locale);
		}
		return entry.targetId();
	}

	/** Text of either direction kept whole inside a sentence of the other (first-strong isolate). */
	private static String isolated(String text) {
		return text.isEmpty() ? text : "\u2068" + text + "\u2069";
	}

	private static UUID uuid(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
