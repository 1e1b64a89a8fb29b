package dev.katib.paper.archiving;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.katib.documents.Archival;
import dev.katib.documents.DocumentDescription;
import dev.katib.documents.Letterhead;
import dev.katib.documents.Verification;
import dev.katib.letters.content.LetterJson;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.Letter;
import dev.katib.letters.LetterAttachments.Attachment;
import dev.katib.letters.LetterVersion;
import dev.katib.paper.printing.PaperFacts;
import dev.katib.platform.Hashes;

/**
 * What an archived letter's PDF/A carries besides its pages: {@code letter.json}, the letter as data
 * (number, dates, parties, subject, its attachments with their fingerprints, text and the SHA-256 of that
 * text), so that software can read the letter without reading the page and check the files sent with it.
 */
final class ArchivedLetterData {

	static final String FILENAME = "letter.json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ArchivedLetterData() {
	}

	static Archival of(Letter letter, LetterVersion version, PaperFacts facts, Letterhead letterhead,
			DocumentDescription description, Verification verification) {
		StructuredLetter content = version.letter();
		String text = LetterJson.write(content);
		ObjectNode root = JSON.createObjectNode();
		root.put("id", letter.id().toString());
		root.put("version", version.number());
		root.put("number", facts.number());
		root.put("status", facts.status().name());
		root.put("language", content.language().code());
		ObjectNode dates = root.putObject("dates");
		dates.put("issued", description.header().issued().day().toString());
		dates.put("created", version.createdAt().toString());
		if (facts.signing() != null) {
			dates.put("signed", facts.signing().signedAt().toString());
		}
		ObjectNode parties = root.putObject("parties");
		parties.put("from", letterhead.name(description.language()));
		parties.put("to", content.addressee().line());
		ObjectNode signer = parties.putObject("signer");
		signer.put("name", facts.signing() != null ? facts.signing().name() : content.signature().name());
		signer.put("jobTitle", content.signature().jobTitle());
		root.put("subject", content.subject());
		ArrayNode attachments = root.putArray("attachments");
		for (Attachment file : facts.attachments()) {
			attachments.addObject()
				.put("filename", file.filename())
				.put("contentType", file.contentType())
				.put("size", file.size())
				.put("sha256", file.sha256());
		}
		root.set("text", JSON.readTree(text));
		ObjectNode hash = root.putObject("hash");
		hash.put("algorithm", "SHA-256");
		hash.put("of", "text");
		hash.put("value", sha256(text));
		root.putObject("verification").put("code", verification.code()).put("url", verification.url().toString());
		byte[] json = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
		return new Archival(facts.number(), List.of(new Archival.Attachment(FILENAME, "application/json",
				"The letter as data: number, dates, parties, subject and text", json)));
	}

	private static String sha256(String text) {
		return Hashes.sha256Hex(text);
	}
}
