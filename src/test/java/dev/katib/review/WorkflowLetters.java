package dev.katib.review;

import dev.katib.letters.LetterFixtures;
import dev.katib.letters.LetterStatus;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.letters.DraftingRequests;
import dev.katib.knowledge.Language;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Verdict;
import dev.katib.letters.drafting.Draft;
import dev.katib.letters.drafting.OfflineDraftingEngine;
import dev.katib.support.TestAccounts.Account;

/** Letters for workflow tests: drafted by the offline engine, put straight into the status a test starts from. */
final class WorkflowLetters {

	static final StructuredLetter DRAFTED = ((Verdict.Accepted<Draft>) OfflineDraftingEngine
		.draft(DraftingRequests.arabic().build())).value().letter();

	private final LetterFixtures letters;
	private final JdbcClient jdbc;

	WorkflowLetters(LetterFixtures letters, JdbcClient jdbc) {
		this.letters = letters;
		this.jdbc = jdbc;
	}

	/** A drafted letter of the writer, in DRAFT, with version 1. */
	UUID drafted(Account writer) {
		return drafted(writer, "request");
	}

	UUID drafted(Account writer, String category) {
		return letters.drafted(writer.tenantId(), writer.memberId(), category, DRAFTED);
	}

	/** A drafted letter of the writer, already in this status (set directly, as a test's starting point). */
	UUID in(Account writer, LetterStatus status) {
		UUID letter = drafted(writer);
		letters.status(letter, status);
		return letter;
	}

	String status(UUID letter) {
		return jdbc.sql("SELECT status FROM letters_letter WHERE id = ?").param(letter).query(String.class).single();
	}

	/** The audit actions recorded about the letter, oldest first. */
	java.util.List<String> auditActions(UUID letter) {
		return jdbc.sql("SELECT action FROM audit_entry WHERE target_id = ? ORDER BY occurred_at, sequence")
			.param(letter.toString())
			.query(String.class)
			.list();
	}
}
