package dev.katib.letters.composing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.katib.knowledge.CategoryDefinition;
import dev.katib.knowledge.SeedCategories;
import dev.katib.letters.composing.Phrases.CategoryPhrases;
import dev.katib.knowledge.Language;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

class PhraseBankTests {

	/** Months and weekdays: a phrase naming one would date a letter the writer did not date. */
	private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "june", "july",
			"august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
			"friday", "saturday", "sunday", "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس",
			"سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر", "محرم", "صفر", "رجب", "شعبان", "رمضان", "شوال", "الاحد", "الاثنين",
			"الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت");

	@ParameterizedTest
	@EnumSource(Language.class)
	void everySeedCategoryHasItsOwnOpeningsStandaloneOpeningsAndClosingsOfSeveralVariants(Language language) {
		Phrases phrases = PhraseBank.defaults().phrases(language);
		for (CategoryDefinition category : SeedCategories.ALL) {
			CategoryPhrases own = phrases.categories().get(category.key());

			assertThat(own).as(category.key()).isNotNull();
			assertThat(own.standalone()).as(category.key()).hasSizeGreaterThanOrEqualTo(2);
			assertThat(own.closings()).as(category.key()).hasSizeGreaterThanOrEqualTo(2);
			assertThat(own.openings()).as(category.key()).isNotEmpty();
		}
		phrases.recasting().kinds().forEach((kind, rules) -> assertThat(rules.leadIns()).as(kind).hasSizeGreaterThanOrEqualTo(2));
		assertThat(phrases.introductions()).hasSizeGreaterThanOrEqualTo(2);
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void noPhraseOfTheDefaultBankNamesAMonthOrAWeekday(Language language) {
		List<String> named = PhraseBank.defaults()
			.phrases(language)
			.texts()
			.flatMap(text -> Words.tokens(text).stream().map(Words.Token::folded))
			.filter(word -> CALENDAR.contains(word.toLowerCase(Locale.ROOT)))
			.toList();

		assertThat(named).isEmpty();
	}

	@Test
	void refusesABankWhosePhrasesHoldAFigure() {
		String arabic = DefaultBankText.arabic().replace("\"ونقدر لكم حسن تعاونكم.\"", "\"ونقدر لكم تعاونكم منذ 2020.\"");

		assertThatThrownBy(() -> PhraseBank.read(arabic, DefaultBankText.english())).isInstanceOfSatisfying(
				KatibException.class, problem -> {
					assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
					assertThat(problem.getMessage()).contains("2020");
				});
	}

	@Test
	void refusesABankWithAPlaceholderTheComposerDoesNotFill() {
		String english = DefaultBankText.english().replace("\"We look forward to hearing from you.\"",
				"\"We look forward to hearing from {name}.\"");

		assertThatThrownBy(() -> PhraseBank.read(DefaultBankText.arabic(), english))
			.isInstanceOf(KatibException.class)
			.hasMessageContaining("{name}");
	}

	@Test
	void refusesABankThatCannotBeReadNamingItsLanguage() {
		Stream.of("categories: [", "unknownPart: 1").forEach(broken -> assertThatThrownBy(
				() -> PhraseBank.read(DefaultBankText.arabic(), broken))
			.isInstanceOfSatisfying(KatibException.class,
					problem -> assertThat(problem.properties()).containsEntry("field", "phrases.english")));
	}

	@Test
	void refusesABankWithoutTheDefaultCategoryToFallBackOn() {
		String arabic = DefaultBankText.arabic().replace("\n  default:\n", "\n  other:\n");

		assertThatThrownBy(() -> PhraseBank.read(arabic, DefaultBankText.english()))
			.isInstanceOf(KatibException.class)
			.hasMessageContaining("default category");
	}
}
