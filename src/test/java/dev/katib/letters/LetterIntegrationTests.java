package dev.katib.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Role;
import dev.katib.knowledge.Language;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Verdict;
import dev.katib.letters.drafting.Draft;
import dev.katib.letters.drafting.OfflineDraftingEngine;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;
import dev.katib.support.IntegrationTest;

/** The letter aggregate as stored: its versions, its organisation, and the rules its changes keep. */
class LetterIntegrationTests extends IntegrationTest {

	@Autowired
	LetterHistory history;

	@Autowired
	LetterLifecycle lifecycle;

	@Autowired
	LetterFixtures letters;

	@Autowired
	JdbcClient jdbc;

	private final UUID organisation = UUID.randomUUID();

	private final UUID writer = UUID.randomUUID();

	private final Caller author = new Caller(organisation, writer, "كاتب الاختبار", Set.of(Role.WRITER),
			Locale.ENGLISH, null);

	private final StructuredLetter drafted = ((Verdict.Accepted<Draft>) OfflineDraftingEngine
		.draft(DraftingRequests.arabic().build())).value().letter();

	private final StructuredLetter shorter = new StructuredLetter(drafted.language(), drafted.basmala(),
			"طلب تقرير الربع الثالث", drafted.addressee(), drafted.greeting(), drafted.paragraphs(), drafted.closing(),
			drafted.signature());

	@Test
	void numbersVersionsInOrderAndKeepsEveryOne() {
		UUID letter = letters.drafted(organisation, writer, "request", drafted);
		lifecycle.change(organisation, letter,
				changed -> changed.revise(shorter, writer, 1, new ModelUsage("gpt-test", 1200, 300), clock.instant()));

		assertThat(history.versions(organisation, letter)).extracting(LetterVersion::number, LetterVersion::source)
			.extracting(tuple -> tuple.toList().toString())
			.containsExactly("[1, DRAFTED_WITHOUT_AI]", "[2, EDITED_BY_CHAT]");
		assertThat(history.current(organisation, letter)).hasValueSatisfying(current -> {
			assertThat(current.letter()).isEqualTo(shorter);
			assertThat(current.usage()).isEqualTo(new ModelUsage("gpt-test", 1200, 300));
		});
		assertThat(history.versions(organisation, letter).getFirst().letter()).isEqualTo(drafted);
		assertThat(history.letter(organisation, letter)).map(Letter::currentVersion).contains(2);
	}

	@Test
	void neverRewritesOrRemovesAVersion() {
		UUID letter = letters.drafted(organisation, writer, "request", drafted);

		assertThatThrownBy(() -> jdbc.sql("UPDATE letters_letter_version SET content = '{}' WHERE letter_id = ?")
			.param(letter)
			.update()).isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM letters_letter_version WHERE letter_id = ?").param(letter).update())
			.isInstanceOf(DataAccessException.class);
		assertThat(history.current(organisation, letter)).map(LetterVersion::letter).contains(drafted);
	}

	@Test
	void showsALetterToItsOwnOrganisationOnly() {
		UUID letter = letters.drafted(organisation, writer, "request", drafted);
		UUID anotherOrganisation = UUID.randomUUID();

		assertThat(history.letter(organisation, letter)).hasValueSatisfying(stored -> {
			assertThat(stored.status()).isEqualTo(LetterStatus.DRAFT);
			assertThat(stored.language()).isEqualTo(Language.ARABIC);
			assertThat(stored.writerId()).isEqualTo(writer);
		});
		assertThat(history.letter(anotherOrganisation, letter)).isEmpty();
		assertThat(history.versions(anotherOrganisation, letter)).isEmpty();
		assertThat(history.current(anotherOrganisation, letter)).isEmpty();
		assertThatThrownBy(() -> lifecycle.change(anotherOrganisation, letter,
				changed -> changed.edit(shorter, author, 1, clock.instant())))
			.isInstanceOf(KatibException.class)
			.hasMessageContaining("not found");
	}

	@Test
	void refusesAVersionBasedOnOneThatIsNoLongerCurrent() {
		UUID letter = letters.drafted(organisation, writer, "request", drafted);
		lifecycle.change(organisation, letter, changed -> changed.edit(shorter, author, 1, clock.instant()));

		assertThatThrownBy(() -> lifecycle.change(organisation, letter,
				changed -> changed.edit(drafted, author, 1, clock.instant())))
			.isInstanceOfSatisfying(KatibException.class,
					problem -> assertThat(problem.type()).isEqualTo(ProblemType.CONFLICT));
		assertThat(history.current(organisation, letter)).map(LetterVersion::number).contains(2);
		assertThat(history.current(organisation, letter)).map(LetterVersion::letter).contains(shorter);
	}

	@Test
	void refusesAVersionOnceTheLetterLeftDraftOrReturnedAndAnyMoveItsStatusDoesNotAllow() {
		UUID letter = letters.drafted(organisation, writer, "request", drafted);
		lifecycle.change(organisation, letter, changed -> changed.submit(author, null, false, clock.instant()));

		assertThatThrownBy(() -> lifecycle.change(organisation, letter,
				changed -> changed.edit(shorter, author, 1, clock.instant())))
			.isInstanceOfSatisfying(KatibException.class,
					problem -> assertThat(problem.type()).isEqualTo(LetterProblems.NOT_EDITABLE));
		assertThatThrownBy(() -> lifecycle.change(organisation, letter,
				changed -> changed.sign(author, null, clock.instant())))
			.isInstanceOfSatisfying(KatibException.class,
					problem -> assertThat(problem.type()).isEqualTo(LetterProblems.TRANSITION_NOT_ALLOWED));
		assertThat(history.letter(organisation, letter)).map(Letter::status).contains(LetterStatus.IN_REVIEW);
		assertThat(history.versions(organisation, letter)).hasSize(1);
	}

	@Test
	void aLetterWhoseDraftIsStillBeingWrittenTakesNoEditAndNoMoveButCancel() {
		UUID letter = letters.opened(organisation, writer, "request", Language.ARABIC);

		assertThatThrownBy(() -> lifecycle.change(organisation, letter,
				changed -> changed.edit(shorter, author, 0, clock.instant())))
			.isInstanceOfSatisfying(KatibException.class,
					problem -> assertThat(problem.type()).isEqualTo(LetterProblems.NOT_EDITABLE));
		assertThatThrownBy(() -> lifecycle.change(organisation, letter,
				changed -> changed.submit(author, null, false, clock.instant())))
			.isInstanceOfSatisfying(KatibException.class,
					problem -> assertThat(problem.type()).isEqualTo(LetterProblems.NOT_DRAFTED));
		lifecycle.change(organisation, letter, changed -> changed.cancel(author, null, clock.instant()));

		assertThat(history.letter(organisation, letter)).hasValueSatisfying(cancelled -> {
			assertThat(cancelled.status()).isEqualTo(LetterStatus.CANCELLED);
			assertThat(cancelled.drafting()).isEqualTo(DraftingState.FAILED);
		});
		assertThatThrownBy(() -> lifecycle.change(organisation, letter,
				changed -> changed.drafted(drafted, VersionSource.DRAFTED, null, clock.instant())))
			.isInstanceOfSatisfying(KatibException.class,
					problem -> assertThat(problem.type()).isEqualTo(LetterProblems.NOT_EDITABLE));
	}
}
