package dev.katib.letters.drafting;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.katib.knowledge.Recipient;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.knowledge.CategoryDefinition;
import dev.katib.platform.Inputs;
import dev.katib.knowledge.Language;
import dev.katib.letters.content.SignatureBlock;
import dev.katib.letters.validation.Expectations;

/**
 * Everything a letter is drafted from, by a model or by the offline engine.
 *
 * @param category the kind of letter
 * @param language the letter's language
 * @param recipient to whom
 * @param request what the writer wants to say, in their own words (10 to 2,000 characters)
 * @param firstLetter whether the organisation has never written to this recipient before
 * @param introduction the organisation's introduction paragraph, used on a first letter
 * @param replyTo the recipient's letter this one answers
 * @param followsUp our earlier letter this one follows up
 * @param signatory who signs
 */
public record DraftingRequest(CategoryDefinition category, Language language, Recipient recipient, String request,
		boolean firstLetter, @Nullable String introduction, @Nullable LetterReference replyTo,
		@Nullable LetterReference followsUp, SignatureBlock signatory) {

	public static final int MIN_REQUEST = 10;

	public static final int MAX_REQUEST = 2_000;

	public static final int MAX_INTRODUCTION = WritingKnowledge.MAX_INTRODUCTION;

	public DraftingRequest {
		request = Inputs.required(request, "request", MIN_REQUEST, MAX_REQUEST);
		introduction = Inputs.optional(introduction, "introduction", MAX_INTRODUCTION);
		if ((signatory.jobTitle() == null || signatory.jobTitle().isBlank())
				&& (signatory.name() == null || signatory.name().isBlank())) {
			throw Inputs.invalid("signatory", "The organisation's signatory needs a job title or a name.");
		}
	}

	/** Whether the introduction paragraph belongs in this letter. */
	public boolean introduces() {
		return firstLetter && introduction != null;
	}

	/**
	 * What a letter drafted from this request is checked against.
	 *
	 * @param referenceLetters the category's reference letters the drafter was shown
	 */
	public Expectations expectations(List<String> referenceLetters) {
		return new Expectations(language, category.basmala(language), category.closingStyle(), facts(), names(),
				referenceLetters);
	}

	/** Every text the writer and the organisation gave: the only source of facts for the letter. */
	public List<String> facts() {
		List<String> facts = new ArrayList<>(names());
		facts.add(request);
		add(facts, introduction);
		for (LetterReference reference : references()) {
			facts.add(reference.number());
			facts.add(reference.date());
		}
		facts.add(category.subject(language));
		facts.add(category.arabicClosing());
		facts.add(category.englishClosing());
		return facts;
	}

	/**
	 * Proper names, which a letter may print in any script: the directory's entries are often typed in one
	 * language, and the offline engine cannot translate a name, an organisation or a job title.
	 */
	public List<String> names() {
		List<String> names = new ArrayList<>();
		add(names, recipient.name());
		add(names, recipient.organisation());
		add(names, recipient.jobTitle());
		add(names, signatory.name());
		add(names, signatory.jobTitle());
		for (LetterReference reference : references()) {
			names.add(reference.number());
		}
		return names;
	}

	List<LetterReference> references() {
		List<LetterReference> references = new ArrayList<>();
		if (replyTo != null) {
			references.add(replyTo);
		}
		if (followsUp != null) {
			references.add(followsUp);
		}
		return references;
	}

	private static void add(List<String> texts, @Nullable String text) {
		if (text != null && !text.isBlank()) {
			texts.add(text);
		}
	}
}
