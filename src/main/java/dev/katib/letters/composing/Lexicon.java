package dev.katib.letters.composing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.katib.letters.composing.Phrases.Topic;

/** The phrases of one language made ready to match: every word folded once, when the bank is built. */
final class Lexicon {

	/** The key of the subject head of requests of no kind. */
	static final String NONE = "none";

	final Phrases phrases;

	final Voice voice;

	final List<List<String>> cited;

	/** Every kind's leads, longest first. */
	final List<Lead> leads;

	final Map<String, List<List<String>>> then;

	final Set<String> courtesy;

	final Set<String> clauseWords;

	final Set<String> unattachable;

	final Set<String> statementWords;

	final Set<String> abbreviations;

	final List<List<String>> skip;

	final List<List<String>> stops;

	final Set<String> numbered;

	final Set<String> breaks;

	final Set<String> dangling;

	final Set<String> articles;

	private final Map<String, List<TopicWords>> topics = new HashMap<>();

	private final List<TopicWords> languageTopics;

	Lexicon(Phrases phrases) {
		this.phrases = phrases;
		this.voice = new Voice(phrases.person());
		Phrases.Recasting recasting = phrases.recasting();
		this.cited = Words.phrases(recasting.cited());
		List<Lead> all = new ArrayList<>();
		Map<String, List<List<String>>> thens = new HashMap<>();
		recasting.kinds().forEach((kind, rules) -> {
			rules.leads().forEach(lead -> all.add(new Lead(kind, Words.phrase(lead))));
			thens.put(kind, Words.phrases(rules.then()));
		});
		all.removeIf(lead -> lead.words().isEmpty());
		all.sort(Comparator.comparingInt((Lead lead) -> lead.words().size()).reversed());
		this.leads = List.copyOf(all);
		this.then = Map.copyOf(thens);
		this.courtesy = Words.set(recasting.courtesy());
		this.clauseWords = Words.set(recasting.clauseWords());
		this.unattachable = Words.set(recasting.unattachable());
		this.statementWords = Words.set(recasting.statementWords());
		this.abbreviations = Set.copyOf(recasting.abbreviations());
		this.skip = Words.phrases(phrases.subject().skip());
		this.stops = Words.phrases(phrases.subject().stops());
		this.numbered = Words.set(phrases.subject().numbered());
		this.breaks = Words.set(phrases.subject().breaks());
		this.dangling = Words.set(phrases.subject().dangling());
		this.articles = Words.set(phrases.subject().articles());
		this.languageTopics = compiled(recasting.topics());
		phrases.categories().forEach((key, category) -> topics.put(key, compiled(category.topics())));
	}

	/** The topics a request of the category may begin with: the category's, then the language's. */
	List<TopicWords> topics(String category) {
		List<TopicWords> own = topics.get(category);
		if (own == null || own.isEmpty()) {
			return languageTopics;
		}
		List<TopicWords> both = new ArrayList<>(own);
		both.addAll(languageTopics);
		return both;
	}

	/** How the recipient is spoken of, by honorific code. */
	String you(String honorific) {
		String you = phrases.you().get(honorific);
		return you != null ? you : phrases.you().values().stream().findFirst().orElse("");
	}

	/** The subject head of a kind of request, or of a request of no kind. */
	String head(@Nullable String kind) {
		String head = kind == null ? null : phrases.subject().heads().get(kind);
		return head != null ? head : phrases.subject().heads().getOrDefault(NONE, "");
	}

	private static List<TopicWords> compiled(List<Topic> topics) {
		return topics.stream().map(topic -> new TopicWords(topic, Words.phrases(topic.words()))).toList();
	}

	/** A lead of a kind, as folded words. */
	record Lead(String kind, List<String> words) {
	}

	/** A topic with its first words folded. */
	record TopicWords(Topic topic, List<List<String>> words) {
	}
}
