package dev.katib.letters.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import dev.katib.accounts.Role;
import dev.katib.letters.DraftingRequests;
import dev.katib.knowledge.Language;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Verdict;
import dev.katib.letters.drafting.Draft;
import dev.katib.letters.drafting.OfflineDraftingEngine;
import dev.katib.letters.LetterHistory;
import dev.katib.letters.LetterVersion;
import dev.katib.letters.VersionSource;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.Account;

class VersionsApiIntegrationTests extends IntegrationTest {

	@Autowired
	dev.katib.letters.LetterFixtures letterFixtures;

	private static final StructuredLetter DRAFTED = ((Verdict.Accepted<Draft>) OfflineDraftingEngine
		.draft(DraftingRequests.arabic().build())).value().letter();

	@Autowired
	LetterHistory history;

	@Test
	void comparesTwoVersionsWordByWordPartByPart() {
		Account writer = accounts.member(accounts.organisation(), Role.WRITER);
		UUID letter = withTwoVersions(writer);
		Account viewer = accounts.member(new dev.katib.support.TestAccounts.TestOrganisation(writer.tenantId(), writer),
				Role.VIEWER);

		client().get().uri("/api/v1/letters/{id}/versions/1/diff/2", letter)
			.header("Authorization", accounts.bearer(viewer))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.from").isEqualTo(1)
			.jsonPath("$.to").isEqualTo(2)
			.jsonPath("$.fields[0].field").isEqualTo("subject")
			.jsonPath("$.fields[0].changed").isEqualTo(true)
			.jsonPath("$.fields[0].segments[0].op").isEqualTo("equal")
			.jsonPath("$.fields[0].segments[1].op").isEqualTo("insert")
			.jsonPath("$.fields[0].segments[1].text").isEqualTo(" العاجل")
			.jsonPath("$.fields[?(@.field == 'greeting')].changed").isEqualTo(false);

		client().get().uri("/api/v1/letters/{id}/versions/1/diff/9", letter)
			.header("Authorization", accounts.bearer(viewer))
			.exchange()
			.expectStatus().isNotFound();
		client().get().uri("/api/v1/letters/{id}/versions/1/diff/2", letter)
			.header("Authorization", accounts.bearer(accounts.organisation().owner()))
			.exchange()
			.expectStatus().isNotFound();
	}

	@Test
	void restoringAddsANewVersionAndNeverRewritesHistory() {
		Account writer = accounts.member(accounts.organisation(), Role.WRITER);
		UUID letter = withTwoVersions(writer);

		client().post().uri("/api/v1/letters/{id}/versions/1/restore", letter)
			.header("Authorization", accounts.bearer(writer))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"basedOn\": 2}")
			.exchange()
			.expectStatus().isCreated()
			.expectBody()
			.jsonPath("$.number").isEqualTo(3)
			.jsonPath("$.source").isEqualTo("RESTORED")
			.jsonPath("$.restoredFrom").isEqualTo(1)
			.jsonPath("$.content.subject").isEqualTo(DRAFTED.subject());

		assertThat(history.current(writer.tenantId(), letter)).map(LetterVersion::restoredFrom).contains(1);
		assertThat(history.versions(writer.tenantId(), letter)).extracting(LetterVersion::source)
			.containsExactly(VersionSource.DRAFTED_WITHOUT_AI, VersionSource.EDITED_BY_HAND, VersionSource.RESTORED);
		assertThat(history.current(writer.tenantId(), letter)).map(LetterVersion::letter).contains(DRAFTED);

		client().post().uri("/api/v1/letters/{id}/versions/2/restore", letter)
			.header("Authorization", accounts.bearer(writer))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"basedOn\": 2}")
			.exchange()
			.expectStatus().isEqualTo(409)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:katib:problem:conflict")
			.jsonPath("$.currentVersion").isEqualTo(3);
	}

	private UUID withTwoVersions(Account writer) {
		UUID letter = letterFixtures.drafted(writer.tenantId(), writer.memberId(), "request", DRAFTED);
		StructuredLetter urgent = new StructuredLetter(DRAFTED.language(), DRAFTED.basmala(),
				DRAFTED.subject() + " العاجل", DRAFTED.addressee(), DRAFTED.greeting(), DRAFTED.paragraphs(),
				DRAFTED.closing(), DRAFTED.signature());
		letterFixtures.edited(writer.tenantId(), letter, writer.memberId(), urgent);
		return letter;
	}
}
