package dev.katib.letters.composing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The phrases letters of one language are composed from, as the bank's files hold them (see
 * {@code letters/phrases/ar.yaml} for what each part means). Absent lists are empty; a category without phrases
 * of some part takes the default category's.
 *
 * @param you how a sentence speaks to the recipient, by honorific code ({@code saada} → «سعادتكم»)
 * @param references the clauses citing the letter replied to or followed up
 * @param recasting how the writer's request is read and recast
 * @param person first person singular words and their plural, lower case for Latin
 * @param introductions what leads in the organisation's introduction
 * @param subject how the subject line is drawn from the request
 * @param categories phrases per category key, with {@value #DEFAULT} for any other category
 */
public record Phrases(Map<String, String> you, References references, Recasting recasting,
		Map<String, String> person, List<String> introductions, SubjectRules subject,
		Map<String, CategoryPhrases> categories) {

	/** The key of the phrases of categories the bank has none for. */
	public static final String DEFAULT = "default";

	public Phrases {
		you = map(you);
		person = map(person);
		introductions = list(introductions);
		categories = map(categories);
	}

	/** A category's phrases, each absent part taken from the default category's. */
	public CategoryPhrases category(String key) {
		CategoryPhrases fallback = categories.get(DEFAULT);
		CategoryPhrases own = categories.get(key);
		return own == null || fallback == null ? (own == null ? fallback : own) : own.or(fallback);
	}

	/** Every phrase of the bank, for the checks that hold for all of them. */
	Stream<String> texts() {
		return Stream.of(you.values().stream(), references.texts(), recasting.texts(), person.values().stream(),
				introductions.stream(), subject.heads().values().stream(),
				categories.values().stream().flatMap(CategoryPhrases::texts)).flatMap(texts -> texts);
	}

	/**
	 * @param reply the clause citing the recipient's letter, with {number} and {date}
	 * @param followUp the clause citing our earlier letter, with {number} and {date}
	 * @param joiner between the two clauses when a letter cites both
	 * @param end after the clauses, before the sentence they open
	 * @param then what completes the clauses when the request begins with nothing the engine recasts
	 */
	public record References(String reply, String followUp, String joiner, String end, List<String> then) {

		public References {
			then = list(then);
		}

		Stream<String> texts() {
			return Stream.concat(Stream.of(reply, followUp, joiner, end), then.stream());
		}
	}

	/**
	 * @param cited words a request's own citing clause begins with; the clause is kept as the opening
	 * @param kinds what a request's first words do, by kind (plea, inform, invite, …)
	 * @param courtesy words after a plea that take the {@code preposition} («التكرم ب…»)
	 * @param preposition the preposition the courtesy words take
	 * @param clauseWords words that make a core a clause («أن»), led in by {@link Kind#beforeClause()}
	 * @param unattachable words a lead-in ending with a preposition cannot join
	 * @param statementWords words that make a request a full sentence, which topics cannot lead in
	 * @param topics first words led in as they are, for every category
	 * @param abbreviations words ending with a full stop that do not end a sentence ("Dr.")
	 */
	public record Recasting(List<String> cited, Map<String, Kind> kinds, List<String> courtesy, String preposition,
			List<String> clauseWords, List<String> unattachable, List<String> statementWords, List<Topic> topics,
			List<String> abbreviations) {

		public Recasting {
			cited = list(cited);
			kinds = map(kinds);
			courtesy = list(courtesy);
			preposition = preposition == null ? "" : preposition;
			clauseWords = list(clauseWords);
			unattachable = list(unattachable);
			statementWords = list(statementWords);
			topics = list(topics);
			abbreviations = list(abbreviations);
		}

		Stream<String> texts() {
			return Stream.concat(kinds.values().stream().flatMap(Kind::texts),
					topics.stream().flatMap(Topic::texts));
		}
	}

	/**
	 * @param leads what a request of this kind begins with
	 * @param then words that may follow the lead and go with it
	 * @param leadIns what the letter says instead, before the rest of the request
	 * @param beforeClause lead-ins for a rest that is a clause («أن …»)
	 */
	public record Kind(List<String> leads, List<String> then, List<String> leadIns, List<String> beforeClause) {

		public Kind {
			leads = list(leads);
			then = list(then);
			leadIns = list(leadIns);
			beforeClause = list(beforeClause);
		}

		Stream<String> texts() {
			return Stream.concat(leadIns.stream(), beforeClause.stream());
		}
	}

	/**
	 * @param words the first words (one or more) a request of this topic begins with; they stay in the letter
	 * @param leadIns what leads them in
	 * @param subject the head of the subject line of such a request
	 * @param opens whether the lead-ins open the letter on their own, with no opening of the category before them
	 */
	public record Topic(List<String> words, List<String> leadIns, @Nullable String subject, boolean opens) {

		public Topic {
			words = list(words);
			leadIns = list(leadIns);
		}

		Stream<String> texts() {
			return Stream.concat(leadIns.stream(), Stream.ofNullable(subject));
		}
	}

	/**
	 * @param openings the clause a recast request completes, ending with its joiner
	 * @param kinds lead-ins that open a letter of the category on their own, by kind
	 * @param topics first words led in as they are, before the language's
	 * @param standalone the opening sentence when the request begins with nothing the engine recasts
	 * @param closings the sentence before the closing formula
	 */
	public record CategoryPhrases(List<String> openings, Map<String, List<String>> kinds, List<Topic> topics,
			List<String> standalone, List<String> closings) {

		public CategoryPhrases {
			openings = list(openings);
			kinds = map(kinds);
			topics = list(topics);
			standalone = list(standalone);
			closings = list(closings);
		}

		CategoryPhrases or(CategoryPhrases fallback) {
			return new CategoryPhrases(openings.isEmpty() ? fallback.openings : openings, kinds, topics,
					standalone.isEmpty() ? fallback.standalone : standalone,
					closings.isEmpty() ? fallback.closings : closings);
		}

		Stream<String> texts() {
			return Stream.of(openings.stream(), kinds.values().stream().flatMap(List::stream),
					topics.stream().flatMap(Topic::texts), standalone.stream(), closings.stream())
				.flatMap(texts -> texts);
		}
	}

	/**
	 * @param maxWords the most words of a subject line, its head included
	 * @param heads what a subject begins with, by kind of request ({@code none} for a request of no kind)
	 * @param skip words left out at the start of the topic
	 * @param stops words the topic ends before, once it has two words
	 * @param numbered words after which a figure belongs to the subject («رقم …», "contract …")
	 * @param breaks words before which a subject cut short by its length ends, rather than mid-phrase
	 * @param dangling words a subject does not end on
	 * @param articles words left out at the start of a subject without a head
	 */
	public record SubjectRules(int maxWords, Map<String, String> heads, List<String> skip, List<String> stops,
			List<String> numbered, List<String> breaks, List<String> dangling, List<String> articles) {

		public SubjectRules {
			heads = map(heads);
			skip = list(skip);
			stops = list(stops);
			numbered = list(numbered);
			breaks = list(breaks);
			dangling = list(dangling);
			articles = list(articles);
		}
	}

	private static <T> List<T> list(@Nullable List<T> list) {
		return list == null ? List.of() : List.copyOf(list);
	}

	private static <K, V> Map<K, V> map(@Nullable Map<K, V> map) {
		return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
	}
}
