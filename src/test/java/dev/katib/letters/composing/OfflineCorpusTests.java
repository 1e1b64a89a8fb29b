package dev.katib.letters.composing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.katib.knowledge.Gender;
import dev.katib.knowledge.Honorific;
import dev.katib.knowledge.Recipient;
import dev.katib.knowledge.CategoryDefinition;
import dev.katib.knowledge.SeedCategories;
import dev.katib.knowledge.Language;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Verdict;
import dev.katib.letters.drafting.Draft;
import dev.katib.letters.drafting.DraftingRequest;
import dev.katib.letters.drafting.OfflineDraftingEngine;

/**
 * The corpus of {@link LetterCorpus}: forty requests in each of the seven categories and both languages, drafted as
 * the rows of a batch, as an office would send them.
 */
class OfflineCorpusTests {

	private static final Pattern FIGURE = Pattern.compile("[0-9\\u0660-\\u0669]+");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟:](?=\\s|$)");

	static Stream<Arguments> batches() {
		return SeedCategories.ALL.stream()
			.flatMap(category -> Stream.of(Arguments.of(category, Language.ARABIC),
					Arguments.of(category, Language.ENGLISH)));
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("batches")
	void everyLetterOfTheCorpusPassesTheValidationOfAModelsLetter(CategoryDefinition category, Language language) {
		for (int row = 0; row < LetterCorpus.in(language).size(); row++) {
			DraftingRequest request = LetterCorpus.request(category, language, row);

			Verdict<Draft> verdict = OfflineDraftingEngine.draft(request, PhraseBank.defaults(),
					Variation.inBatch(category.key(), row));

			assertThat(verdict.violations()).as("row %d: %s", row, request.request()).isEmpty();
		}
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("batches")
	void noTwoConsecutiveLettersOfABatchOpenWithTheSameSentence(CategoryDefinition category, Language language) {
		List<StructuredLetter> letters = batch(category, language);

		for (int row = 1; row < letters.size(); row++) {
			assertThat(opening(letters.get(row))).as("row %d", row).isNotEqualTo(opening(letters.get(row - 1)));
		}
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("batches")
	void consecutiveLettersOfAMailMergeToFortyRecipientsOpenDifferently(CategoryDefinition category,
			Language language) {
		List<String> openings = new ArrayList<>();
		for (int row = 0; row < 40; row++) {
			DraftingRequest sample = LetterCorpus.request(category, language, 1);
			Recipient recipient = new Recipient(language == Language.ARABIC ? "مدير المدرسة رقم " + row
					: "Head Teacher no. " + row, Honorific.SAADA, null, row % 2 == 0 ? Gender.MALE : Gender.FEMALE,
					null);
			DraftingRequest request = new DraftingRequest(category, language, recipient, sample.request(), false,
					null, null, null, sample.signatory());
			openings.add(opening(drafted(request, Variation.inBatch("merge-" + category.key(), row))));
		}

		for (int row = 1; row < openings.size(); row++) {
			assertThat(openings.get(row)).as("row %d", row).isNotEqualTo(openings.get(row - 1));
		}
		assertThat(new HashSet<>(openings)).hasSizeGreaterThan(1);
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("batches")
	void subjectsSayWhatTheRequestIsAboutInAtMostTenWords(CategoryDefinition category, Language language) {
		for (StructuredLetter letter : batch(category, language)) {
			assertThat(letter.subject().strip().split("\\s+")).as(letter.subject()).hasSizeBetween(2, 10);
			assertThat(letter.subject().strip()).isNotIn(category.name(language), category.subject(language),
					category.arabicName(), category.englishName());
		}
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("batches")
	void everyFactOfTheRequestIsInTheLetter(CategoryDefinition category, Language language) {
		List<StructuredLetter> letters = batch(category, language);
		for (int row = 0; row < letters.size(); row++) {
			DraftingRequest request = LetterCorpus.request(category, language, row);
			String letter = wording(letters.get(row));

			for (String fact : LetterCorpus.facts(request, row)) {
				assertThat(letter).as("row %d", row).contains(fact);
			}
			for (String word : request.request().split("\\s+")) {
				String bare = word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
				if (FIGURE.matcher(bare).find()) {
					assertThat(letter).as("row %d", row).contains(bare);
				}
			}
		}
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("batches")
	void theLetterStatesNoFigureNameOrWordThatNeitherTheInputsNorTheBankGave(CategoryDefinition category,
			Language language) {
		Set<String> bank = new HashSet<>();
		PhraseBank.defaults().phrases(language).texts().forEach(text -> bank.addAll(folded(text)));
		List<StructuredLetter> letters = batch(category, language);
		for (int row = 0; row < letters.size(); row++) {
			DraftingRequest request = LetterCorpus.request(category, language, row);
			String inputs = String.join("\n", request.facts());
			Set<String> vocabulary = new HashSet<>(bank);
			vocabulary.addAll(folded(inputs));
			String letter = wording(letters.get(row));

			assertThat(figures(letter)).as("row %d", row).isSubsetOf(figures(inputs));
			List<String> invented = folded(letter).stream().filter(word -> !given(word, vocabulary)).toList();
			assertThat(invented).as("row %d: %s", row, letter).isEmpty();
		}
	}

	private static List<StructuredLetter> batch(CategoryDefinition category, Language language) {
		List<StructuredLetter> letters = new ArrayList<>();
		for (int row = 0; row < LetterCorpus.in(language).size(); row++) {
			letters.add(drafted(LetterCorpus.request(category, language, row), Variation.inBatch(category.key(), row)));
		}
		return letters;
	}

	private static StructuredLetter drafted(DraftingRequest request, Variation variation) {
		Verdict<Draft> verdict = OfflineDraftingEngine.draft(request, PhraseBank.defaults(), variation);
		assertThat(verdict.violations()).as(request.request()).isEmpty();
		return ((Verdict.Accepted<Draft>) verdict).value().letter();
	}

	/** The letter's first sentence, as a reader meets it. */
	private static String opening(StructuredLetter letter) {
		String first = letter.paragraphs().getFirst();
		return SENTENCE_END.matcher(first).results().findFirst().map(end -> first.substring(0, end.end())).orElse(first);
	}

	/** What the composer wrote: the subject and the body. */
	private static String wording(StructuredLetter letter) {
		return letter.subject() + "\n" + String.join("\n", letter.paragraphs());
	}

	private static List<String> folded(String text) {
		return Words.tokens(text).stream().map(Words.Token::folded).filter(word -> !word.isEmpty()).toList();
	}

	private static Set<String> figures(String text) {
		Set<String> figures = new HashSet<>();
		FIGURE.matcher(text).results().map(MatchResult::group).forEach(figures::add);
		return figures;
	}

	/**
	 * A word is given when the inputs or the bank hold it, also as Arabic writes a word joined to what leads it in:
	 * «بتزويدنا» is «ب» + «تزويدنا», «ونأمل» is «و» + «نأمل», and a subject's «الموافقة» is the request's
	 * «بالموافقة», its «اجتماع» the request's «اجتماعاً».
	 */
	private static boolean given(String word, Set<String> vocabulary) {
		if (vocabulary.contains(word) || vocabulary.contains(word + "ا")) {
			return true;
		}
		for (String joined : List.of("ب", "ل", "و")) {
			if (vocabulary.contains(joined + word)) {
				return true;
			}
		}
		if (word.length() > 2 && "وفبل".indexOf(word.charAt(0)) >= 0 && given(word.substring(1), vocabulary)) {
			return true;
		}
		return word.startsWith("ال") && vocabulary.contains("لل" + word.substring(2));
	}
}
