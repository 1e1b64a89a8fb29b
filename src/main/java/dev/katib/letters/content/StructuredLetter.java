package dev.katib.letters.content;

import dev.katib.knowledge.Language;

import java.util.ArrayList;
import java.util.List;

/**
 * A letter as structured parts: what a model must return, what the offline engine composes, what a version
 * stores and what every format renders. The number and dates are not part of it: the server issues them.
 *
 * @param language the language of every part
 * @param basmala whether the letter opens with «بسم الله الرحمن الرحيم» (decided by the category, not a model)
 * @param subject the subject line, without the «الموضوع:» / "Subject:" label
 * @param addressee the recipient block and addressee line
 * @param greeting «السلام عليكم ورحمة الله وبركاته» or "Dear Dr Smith,"
 * @param paragraphs the body, in order
 * @param closing the closing formula or congratulation wish
 * @param signature the signatory's job title and name
 */
public record StructuredLetter(Language language, boolean basmala, String subject, AddresseeBlock addressee,
		String greeting, List<String> paragraphs, Closing closing, SignatureBlock signature) {

	/** The basmala line, centred above the addressee line. */
	public static final String BASMALA = "بسم الله الرحمن الرحيم";

	public StructuredLetter {
		paragraphs = List.copyOf(paragraphs);
	}

	/** Every text of the letter in reading order, for checks that look at the letter as a whole. */
	public List<String> texts() {
		var texts = new ArrayList<String>();
		texts.add(subject);
		texts.add(addressee.line());
		texts.addAll(addressee.details());
		if (addressee.prayer() != null) {
			texts.add(addressee.prayer());
		}
		texts.add(greeting);
		texts.addAll(paragraphs);
		texts.add(closing.text());
		if (signature.jobTitle() != null) {
			texts.add(signature.jobTitle());
		}
		if (signature.name() != null) {
			texts.add(signature.name());
		}
		return texts;
	}
}
