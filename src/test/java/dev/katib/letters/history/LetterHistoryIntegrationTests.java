package dev.katib.letters.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.letters.DraftingRequests;
import dev.katib.letters.content.Language;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Verdict;
import dev.katib.letters.drafting.Draft;
import dev.katib.letters.drafting.OfflineDraftingEngine;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;
import dev.katib.support.IntegrationTest;

class LetterHistoryIntegrationTests extends IntegrationTest {

	@Autowired
	LetterHistory history;

	@Autowired
	JdbcClient jdbc;

	private final UUID organisation = UUID.randomUUID();

	private final UUID writer = UUID.randomUUID();

	private final StructuredLetter drafted = ((Verdict.Accepted<Draft>) OfflineDraftingEngine
		.draft(DraftingRequests.arabic().build())).value().letter();

	@Test
	void numbersVersionsInOrderAndKeepsEveryOne() {
		UUID letter = history.open(organisation, new NewLetter(writer, "request", Language.ARABIC, null, null, null));
		history.addVersion(organisation, letter, drafted, writer, VersionSource.DRAFTED_WITHOUT_AI, null);
		StructuredLetter edited = new StructuredLetter(drafted.language(), drafted.basmala(), "طلب تقرير الربع الثالث",
				drafted.addressee(), drafted.greeting(), drafted.paragraphs(), drafted.closing(), drafted.signature());
		history.addVersion(organisation, letter, edited, writer, VersionSource.EDITED_BY_CHAT,
				new ModelUsage("gpt-test", 1200, 300));

		assertThat(history.versions(organisation, letter)).extracting(LetterVersion::number, LetterVersion::source)
			.extracting(tuple -> tuple.toList().toString())
			.containsExactly("[1, DRAFTED_WITHOUT_AI]", "[2, EDITED_BY_CHAT]");
		assertThat(history.current(organisation, letter)).hasValueSatisfying(current -> {
			assertThat(current.letter()).isEqualTo(edited);
			assertThat(current.usage()).isEqualTo(new ModelUsage("gpt-test", 1200, 300));
		});
		assertThat(history.versions(organisation, letter).getFirst().letter()).isEqualTo(drafted);
	}

	@Test
	void neverRewritesOrRemovesAVersion() {
		UUID letter = history.open(organisation, new NewLetter(writer, "request", Language.ARABIC, null, null, null));
		history.addVersion(organisation, letter, drafted, writer, VersionSource.DRAFTED_WITHOUT_AI, null);

		assertThatThrownBy(() -> jdbc.sql("UPDATE letters_letter_version SET content = '{}' WHERE letter_id = ?")
			.param(letter)
			.update()).isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM letters_letter_version WHERE letter_id = ?").param(letter).update())
			.isInstanceOf(DataAccessException.class);
		assertThat(history.current(organisation, letter)).map(LetterVersion::letter).contains(drafted);
	}

	@Test
	void showsALetterToItsOwnOrganisationOnly() {
		UUID letter = history.open(organisation, new NewLetter(writer, "request", Language.ARABIC, null, null, null));
		history.addVersion(organisation, letter, drafted, writer, VersionSource.DRAFTED_WITHOUT_AI, null);
		UUID anotherOrganisation = UUID.randomUUID();

		assertThat(history.letter(organisation, letter)).hasValueSatisfying(stored -> {
			assertThat(stored.status()).isEqualTo(LetterHistory.DRAFT);
			assertThat(stored.language()).isEqualTo(Language.ARABIC);
			assertThat(stored.writerId()).isEqualTo(writer);
		});
		assertThat(history.letter(anotherOrganisation, letter)).isEmpty();
		assertThat(history.versions(anotherOrganisation, letter)).isEmpty();
		assertThat(history.current(anotherOrganisation, letter)).isEmpty();
		assertThatThrownBy(() -> history.addVersion(anotherOrganisation, letter, drafted, writer,
				VersionSource.EDITED_BY_HAND, null)).isInstanceOf(KatibException.class).hasMessageContaining("not found");
	}

	@Test
	void refusesAVersionBasedOnOneThatIsNoLongerCurrent() {
		UUID letter = history.open(organisation, new NewLetter(writer, "request", Language.ARABIC, null, null, null));
		history.addVersion(organisation, letter, 0, drafted, writer, VersionSource.DRAFTED_WITHOUT_AI, null);
		StructuredLetter mine = new StructuredLetter(drafted.language(), drafted.basmala(), "طلب تقرير الربع الثالث",
				drafted.addressee(), drafted.greeting(), drafted.paragraphs(), drafted.closing(), drafted.signature());
		history.addVersion(organisation, letter, 1, mine, writer, VersionSource.EDITED_BY_HAND, null);

		assertThatThrownBy(() -> history.addVersion(organisation, letter, 1, drafted, UUID.randomUUID(),
				VersionSource.EDITED_BY_HAND, null))
			.isInstanceOfSatisfying(KatibException.class,
					problem -> assertThat(problem.type()).isEqualTo(ProblemType.CONFLICT));
		assertThat(history.current(organisation, letter)).map(LetterVersion::number).contains(2);
		assertThat(history.current(organisation, letter)).map(LetterVersion::letter).contains(mine);
	}
}
