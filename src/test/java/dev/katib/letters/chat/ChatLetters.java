package dev.katib.letters.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import dev.katib.letters.DraftingRequests;
import dev.katib.letters.LetterFixtures;
import dev.katib.letters.content.LetterJson;
import dev.katib.knowledge.Language;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Verdict;
import dev.katib.letters.drafting.Draft;
import dev.katib.letters.drafting.OfflineDraftingEngine;
import dev.katib.support.TestAccounts.Account;

/** Letters with a first version, and the model's answers to chat instructions on them. */
public final class ChatLetters {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public static final StructuredLetter DRAFTED = ((Verdict.Accepted<Draft>) OfflineDraftingEngine
		.draft(DraftingRequests.arabic().build())).value().letter();

	private ChatLetters() {
	}

	/** An Arabic request letter of the writer's, drafted offline as version 1. */
	public static UUID drafted(LetterFixtures letters, Account writer) {
		return letters.drafted(writer.tenantId(), writer.memberId(), "request", DRAFTED);
	}

	/** The letter with another subject, everything else as it is. */
	public static StructuredLetter withSubject(StructuredLetter letter, String subject) {
		return new StructuredLetter(letter.language(), letter.basmala(), subject, letter.addressee(),
				letter.greeting(), letter.paragraphs(), letter.closing(), letter.signature());
	}

	/** The letter with one more paragraph at the end. */
	public static StructuredLetter withParagraph(StructuredLetter letter, String paragraph) {
		List<String> paragraphs = new ArrayList<>(letter.paragraphs());
		paragraphs.add(paragraph);
		return new StructuredLetter(letter.language(), letter.basmala(), letter.subject(), letter.addressee(),
				letter.greeting(), paragraphs, letter.closing(), letter.signature());
	}

	/** The model's answer: the whole revised letter, a summary, and maybe a preference to suggest. */
	public static String revision(StructuredLetter revised, String summary, @Nullable String suggestedPreference) {
		ObjectNode root = JSON.createObjectNode();
		root.set("letter", JSON.readTree(LetterJson.writeForModel(revised)));
		root.put("summary", summary);
		root.put("suggestedPreference", suggestedPreference);
		return JSON.writeValueAsString(root);
	}
}
