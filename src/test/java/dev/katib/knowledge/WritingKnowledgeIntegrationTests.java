package dev.katib.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;
import dev.katib.support.IntegrationTest;

class WritingKnowledgeIntegrationTests extends IntegrationTest {

	@Autowired
	WritingKnowledge knowledge;

	private final UUID organisation = UUID.randomUUID();

	private final UUID anotherOrganisation = UUID.randomUUID();

	@Test
	void seedsTheSevenCategoriesOnceForEachOrganisation() {
		knowledge.seedCategories(organisation);
		knowledge.seedCategories(organisation);

		assertThat(knowledge.categories(organisation)).containsExactlyElementsOf(SeedCategories.ALL);
		assertThat(knowledge.category(organisation, "congratulation")).contains(SeedCategories.CONGRATULATION);
		assertThat(knowledge.categories(anotherOrganisation)).isEmpty();
	}

	@Test
	void givesADraftThisCategorysRulesAndReferenceLettersAndOnlyTheAskingWritersPreferences() {
		UUID writer = UUID.randomUUID();
		UUID colleague = UUID.randomUUID();
		knowledge.addStyleRule(organisation, new StyleRule(null, "Refer to the Ministry by its full name."));
		knowledge.addStyleRule(organisation, new StyleRule("request", "State the deadline first."));
		knowledge.addStyleRule(organisation, new StyleRule("invitation", "Mention the dress code."));
		knowledge.addStyleRule(anotherOrganisation, new StyleRule(null, "Another organisation's rule."));
		knowledge.addReferenceLetter(organisation, new ReferenceLetter("request", "نرجو منكم التكرم بتزويدنا بالبيانات."));
		knowledge.addReferenceLetter(organisation, new ReferenceLetter("invitation", "يسرنا دعوتكم لحضور الحفل."));
		knowledge.addPreference(organisation, new WriterPreference(writer, "Keep it short."));
		knowledge.addPreference(organisation, new WriterPreference(colleague, "Always mention project KX-77."));

		DraftingKnowledge forTheWriter = knowledge.forDrafting(organisation, writer, "request", null);

		assertThat(forTheWriter.rules()).extracting(StyleRule::text)
			.containsExactly("Refer to the Ministry by its full name.", "State the deadline first.");
		assertThat(forTheWriter.referenceLettersFor("request")).containsExactly("نرجو منكم التكرم بتزويدنا بالبيانات.");
		assertThat(forTheWriter.referenceLetters()).hasSize(1);
		assertThat(forTheWriter.preferences()).extracting(WriterPreference::text).containsExactly("Keep it short.");
	}

	@Test
	void letsAWriterRemoveTheirOwnPreferenceButNotAColleagues() {
		UUID writer = UUID.randomUUID();
		UUID colleague = UUID.randomUUID();
		UUID own = knowledge.addPreference(organisation, new WriterPreference(writer, "Keep it short."));
		UUID theirs = knowledge.addPreference(organisation, new WriterPreference(colleague, "Be formal."));

		knowledge.removePreference(organisation, writer, own);

		assertThat(knowledge.preferences(organisation, writer)).isEmpty();
		assertThatThrownBy(() -> knowledge.removePreference(organisation, writer, theirs))
			.isInstanceOf(KatibException.class);
		assertThat(knowledge.preferences(organisation, colleague)).extracting(WriterPreference::text)
			.containsExactly("Be formal.");
	}

	@Test
	void findsARecipientInItsOwnOrganisationsDirectoryOnly() {
		var recipient = new Recipient("نورة الشمري", Honorific.SAADA, "مديرة إدارة المشاريع", Gender.FEMALE, "شركة المراعي");
		UUID id = knowledge.addRecipient(organisation, recipient, "noura@example.com", null);

		assertThat(knowledge.recipient(organisation, id)).contains(recipient);
		assertThat(knowledge.recipient(anotherOrganisation, id)).isEmpty();
	}

	@Test
	void keepsAnOrganisationsOwnCategoryWithItsClosingStyleAndRefusesASecondWithTheSameKey() {
		knowledge.seedCategories(organisation);
		var condolence = new CategoryDefinition("condolence", "تعزية", "Condolence", ClosingStyle.WISH,
				"تغمده الله بواسع رحمته", "With our deepest sympathy.", true, "تعزية", "Condolence");

		knowledge.addCategory(organisation, condolence);

		assertThat(knowledge.category(organisation, "condolence")).contains(condolence);
		assertThat(knowledge.categories(organisation)).hasSize(8);
		assertThatThrownBy(() -> knowledge.addCategory(organisation, condolence)).isInstanceOf(KatibException.class)
			.extracting(problem -> ((KatibException) problem).type())
			.isEqualTo(ProblemType.CONFLICT);
	}

	@Test
	void keepsOneIntroductionPerLanguageForEachOrganisation() {
		knowledge.setIntroduction(organisation, Language.ARABIC, "مؤسسة تعنى بالتعليم منذ عام 1990.");
		knowledge.setIntroduction(organisation, Language.ARABIC, "مؤسسة تعنى بالتعليم والتدريب.");
		knowledge.setIntroduction(organisation, Language.ENGLISH, "A foundation for education.");

		assertThat(knowledge.introduction(organisation, Language.ARABIC)).contains("مؤسسة تعنى بالتعليم والتدريب.");
		assertThat(knowledge.introduction(anotherOrganisation, Language.ARABIC)).isEmpty();

		knowledge.setIntroduction(organisation, Language.ENGLISH, "  ");
		assertThat(knowledge.introduction(organisation, Language.ENGLISH)).isEmpty();
		assertThatThrownBy(() -> knowledge.setIntroduction(organisation, Language.ARABIC, "ا".repeat(1_501)))
			.isInstanceOfSatisfying(KatibException.class,
					problem -> assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION_FAILED));
		assertThat(knowledge.introduction(organisation, Language.ARABIC)).contains("مؤسسة تعنى بالتعليم والتدريب.");
	}
}
