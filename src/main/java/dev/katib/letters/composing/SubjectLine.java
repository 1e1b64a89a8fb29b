package dev.katib.letters.composing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import dev.katib.letters.composing.Words.Token;

/**
 * The subject line: what the request is about, in at most the bank's number of words (ten), after the head of
 * its kind («طلب تزويدنا بتقرير الربع الثالث», «بشأن عقد اجتماع لمناقشة خطة التشجير», "Request to send us the
 * third-quarter report"). It is drawn from the first sentence of the request and ends before its details (dates,
 * times, places, amounts) and on a word a subject can end on.
 */
final class SubjectLine {

	/** The longest subject line, in characters, whatever the words. */
	private static final int MAX_LENGTH = 200;

	private static final int FEWEST_WORDS = 2;

	/** A figure on its own: «3,500», "200". */
	private static final Pattern FIGURE = Pattern.compile("[\\p{Nd},.]+");

	/** A date or a time («1448/03/12», "10:30"): a detail the subject leaves to the body. */
	private static final Pattern DATE_OR_TIME = Pattern.compile("\\p{Nd}[/:.\\-]\\p{Nd}");

	private SubjectLine() {
	}

	static String of(Reading reading, Lexicon lexicon, String request) {
		boolean recast = reading.kind() != null || reading.topic() != null;
		String head = reading.kind() != null ? lexicon.head(reading.kind())
				: reading.topic() != null && reading.topic().subject() != null ? reading.topic().subject()
						: lexicon.head(null);
		String text = recast ? reading.core() : reading.remainder();
		if (!text.codePoints().anyMatch(Character::isLetter)) {
			text = request;
		}
		text = text.substring(0, Punctuation.firstSentenceEnd(text, lexicon.abbreviations));
		List<String> headWords = head.isBlank() ? List.of() : Arrays.asList(head.strip().split("\\s+"));
		int budget = lexicon.phrases.subject().maxWords() - headWords.size();
		boolean about = head.equals(lexicon.head(null));
		List<String> topic = topic(text, reading.clause(), lexicon, budget, headWords.isEmpty(), about);
		if (topic.isEmpty()) {
			topic = topic(request, false, lexicon, budget, headWords.isEmpty(), about);
		}
		if (!headWords.isEmpty() && !topic.isEmpty()
				&& Words.fold(headWords.getLast()).equals(Words.fold(topic.getFirst()))) {
			headWords = headWords.subList(0, headWords.size() - 1);
		}
		List<String> words = new ArrayList<>(headWords);
		words.addAll(topic);
		StringBuilder subject = new StringBuilder();
		for (String word : words) {
			if (subject.length() + word.length() + 1 > MAX_LENGTH) {
				break;
			}
			subject.append(subject.isEmpty() ? "" : " ").append(word);
		}
		return Words.capitalised(subject.toString());
	}

	private static List<String> topic(String text, boolean clause, Lexicon lexicon, int budget, boolean headless,
			boolean aboutSomething) {
		List<Token> tokens = Words.tokens(text);
		int i = 0;
		if (clause && tokens.size() > 2) {
			// «أن تتكرموا بتوجيه …» → «توجيه …»: the clause's verb gives way to what it is about
			i = 2;
		}
		for (int skipped = Words.longest(tokens, i, lexicon.skip); skipped > 0; skipped = Words.longest(tokens, i,
				lexicon.skip)) {
			i += skipped;
		}
		int first = i;
		List<String> words = new ArrayList<>();
		int meaningful = 0;
		for (; i < tokens.size() && meaningful < budget; i++) {
			Token token = tokens.get(i);
			boolean numbered = i > 0 && lexicon.numbered.contains(tokens.get(i - 1).folded());
			boolean detail = Words.longest(tokens, i, lexicon.stops) > 0
					|| (DATE_OR_TIME.matcher(token.text()).find() && !numbered)
					|| lexicon.statementWords.contains(token.folded());
			if (meaningful >= FEWEST_WORDS && detail) {
				break;
			}
			String word = bare(token.text());
			if (!word.isEmpty()) {
				words.add(word);
				boolean article = headless && meaningful == 0 && lexicon.articles.contains(token.folded());
				meaningful += article ? 0 : 1;
			}
			if (token.endsAPause()) {
				i++;
				break;
			}
		}
		boolean cutShort = meaningful >= budget && i < tokens.size() && !tokens.get(i - 1).endsAPause();
		if (cutShort) {
			// «… تدريب 6 من طلاب الكلية في إدارة» ends better before its last «في» than mid-phrase
			for (int end = words.size() - 1; end >= FEWEST_WORDS + 1; end--) {
				if (lexicon.breaks.contains(Words.fold(words.get(end)))) {
					words.subList(end, words.size()).clear();
					break;
				}
			}
		}
		if (i < tokens.size() && !words.isEmpty() && name(words.getLast()) && name(tokens.get(i).text())) {
			// a name is whole or left out: "… the National Book" would misname "the National Book Fair"
			while (!words.isEmpty() && name(words.getLast())) {
				words.removeLast();
			}
		}
		if (!words.isEmpty()) {
			words.set(0, nominal(words.getFirst(), clause && first == 2, aboutSomething, lexicon));
		}
		// a figure ending a subject is a detail («الرسوم السنوية 3,500»), unless it names the thing («رقم 7781»)
		while (words.size() > 1 && (lexicon.dangling.contains(Words.fold(words.getLast()))
				|| (FIGURE.matcher(words.getLast()).matches()
						&& !lexicon.numbered.contains(Words.fold(words.get(words.size() - 2)))))) {
			words.removeLast();
		}
		while (headless && words.size() > 1 && lexicon.articles.contains(Words.fold(words.getFirst()))) {
			words.removeFirst();
		}
		return words;
	}

	/** A capitalised Latin word, as names are written. */
	private static boolean name(String word) {
		return !word.isEmpty() && Character.isUpperCase(word.charAt(0))
				&& Character.UnicodeScript.of(word.charAt(0)) == Character.UnicodeScript.LATIN;
	}

	/**
	 * The first word of a subject's topic as a noun: after a clause's verb «بتوجيه» → «توجيه» and «اجتماعاً» →
	 * «اجتماع»; after «بشأن» «لتحديد» → «تحديد» and «للمشاركة» → «المشاركة».
	 */
	private static String nominal(String word, boolean afterAVerb, boolean aboutSomething, Lexicon lexicon) {
		String noun = word;
		String preposition = lexicon.phrases.recasting().preposition();
		if (afterAVerb && !preposition.isEmpty() && noun.startsWith(preposition)
				&& noun.length() >= preposition.length() + 3) {
			noun = noun.substring(preposition.length());
		}
		if (afterAVerb && (noun.endsWith("اً") || noun.endsWith("ًا"))) {
			noun = noun.substring(0, noun.length() - 2);
		}
		if (aboutSomething && noun.startsWith("لل") && noun.length() >= 4) {
			noun = "ا" + noun.substring(1);
		}
		else if (aboutSomething && noun.startsWith("لت") && noun.length() >= 5) {
			noun = noun.substring(1);
		}
		return noun;
	}

	private static String bare(String word) {
		int from = 0;
		int to = word.length();
		while (from < to && "«»\"'()[],،.:;؛!?؟".indexOf(word.charAt(from)) >= 0) {
			from++;
		}
		while (to > from && "«»\"'()[],،.:;؛!?؟".indexOf(word.charAt(to - 1)) >= 0) {
			to--;
		}
		return word.substring(from, to);
	}
}
