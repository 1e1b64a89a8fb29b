package dev.katib.letters.web;

import java.util.List;

import dev.katib.platform.KatibException;

/** Turns what drafting refused into the message the new-letter form shows in the reader's language. */
final class DraftingProblems {

	private DraftingProblems() {
	}

	static List<String> of(KatibException ex) {
		String slug = ex.type().slug();
		if (slug.startsWith("ai-")) {
			return List.of("letters.error.service-unavailable");
		}
		if (ex.properties().get("field") instanceof String field) {
			return List.of(field(field));
		}
		return switch (slug) {
			case "quota-exceeded", "rate-limited" -> List.of("letters.error.quota-exceeded");
			case "service-unavailable" -> List.of("letters.error.service-unavailable");
			case "validation-failed" -> List.of("letters.error.validation-failed");
			case "not-found" -> List.of("letters.error.link");
			default -> List.of("letters.error.other");
		};
	}

	private static String field(String field) {
		if (field.startsWith("recipient")) {
			return "letters.error.recipient";
		}
		return switch (field) {
			case "category" -> "letters.error.category";
			case "language" -> "letters.error.language";
			case "request" -> "letters.error.request";
			case "replyTo", "followsUp" -> "letters.error.link";
			default -> "letters.error.validation-failed";
		};
	}
}
