package dev.katib.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Role;
import dev.katib.knowledge.Language;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Verdict;
import dev.katib.letters.drafting.Draft;
import dev.katib.letters.drafting.OfflineDraftingEngine;
import dev.katib.support.IntegrationTest;
import dev.katib.support.StatementCounter;
import dev.katib.support.StatementCounter.Counted;
import dev.katib.support.TestAccounts.TestOrganisation;

/** A page of letters costs the same number of queries whether it shows five letters or fifty. */
class LetterPageQueriesIntegrationTests extends IntegrationTest {

	@Autowired
	Letters letters;

	@Autowired
	LetterFixtures fixtures;

	private final StructuredLetter drafted = ((Verdict.Accepted<Draft>) OfflineDraftingEngine
		.draft(DraftingRequests.arabic().build())).value().letter();

	private TestOrganisation organisation;

	private Caller owner;

	@BeforeEach
	void fiftyLetters() {
		organisation = accounts.organisation();
		UUID writer = organisation.owner().memberId();
		UUID editor = accounts.member(organisation, Role.WRITER).memberId();
		owner = new Caller(organisation.tenantId(), writer, "مالك", Set.of(Role.OWNER), Locale.ENGLISH, null);
		for (int i = 0; i < 50; i++) {
			if (i % 5 == 0) {
				fixtures.opened(organisation.tenantId(), writer, "request", Language.ARABIC);
				continue;
			}
			UUID letter = fixtures.drafted(organisation.tenantId(), writer, "request", drafted);
			if (i % 3 == 0) {
				fixtures.edited(organisation.tenantId(), letter, editor, drafted);
			}
			if (i % 7 == 0) {
				fixtures.status(letter, LetterStatus.IN_REVIEW);
			}
		}
	}

	@Test
	void readsAPageOfFiftyInAsManyQueriesAsAPageOfFive() {
		LetterFilter all = new LetterFilter(null, null, null, null);
		Counted<LetterPage> five = StatementCounter.count(() -> letters.search(owner, all, 0, 5));
		Counted<LetterPage> fifty = StatementCounter.count(() -> letters.search(owner, all, 0, 50));

		assertThat(five.result().items()).hasSize(5);
		assertThat(fifty.result().items()).hasSize(50);
		assertThat(fifty.statements()).isEqualTo(five.statements()).isPositive();
		assertThat(fifty.result().items()).filteredOn(letter -> letter.version() != null).hasSize(40);
		assertThat(fifty.result().items()).filteredOn(letter -> letter.version() != null
				&& letter.version().number() == 2).allSatisfy(letter -> assertThat(letter.version().author().id())
					.isNotEqualTo(letter.writer().id()))
			.isNotEmpty();
		assertThat(fifty.result().items()).filteredOn(letter -> letter.status() == LetterStatus.IN_REVIEW).isNotEmpty();
	}

	@Test
	void searchesAPageInAFixedNumberOfQueriesToo() {
		LetterFilter words = new LetterFilter(null, null, null, drafted.subject());
		Counted<LetterPage> five = StatementCounter.count(() -> letters.search(owner, words, 0, 5));
		Counted<LetterPage> forty = StatementCounter.count(() -> letters.search(owner, words, 0, 50));

		assertThat(forty.result().items()).hasSize(40);
		assertThat(forty.result().total()).isEqualTo(five.result().total()).isEqualTo(40);
		// the second search finds its count remembered, so it may take one statement fewer, never more
		assertThat(forty.statements()).isPositive().isLessThanOrEqualTo(five.statements());
	}
}
