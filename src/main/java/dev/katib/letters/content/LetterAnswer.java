package dev.katib.letters.content;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import dev.katib.knowledge.Language;

/**
 * A letter as a model writes it, the structured output asked of it: its JSON schema is generated from this
 * record. The language, the basmala and the signature block are not asked of the model: the server decides them.
 *
 * @param subject the subject line
 * @param addressee the addressee block
 * @param greeting the greeting line or salutation
 * @param paragraphs the body
 * @param closing the closing line
 */
public record LetterAnswer(@JsonPropertyDescription("The subject line, without a label.") String subject,
		AddresseeBlock addressee,
		@JsonPropertyDescription("The greeting line or salutation.") String greeting,
		@JsonPropertyDescription("The body paragraphs, in order.") List<String> paragraphs, Closing closing) {

	public LetterAnswer {
		paragraphs = List.copyOf(paragraphs);
	}

	/** The answer as the letter the server keeps: stripped, in its language, signed by whom the server knows. */
	public StructuredLetter letter(Language language, boolean basmala, SignatureBlock signatory) {
		var block = new AddresseeBlock(addressee.honorific().strip(), blankToNull(addressee.jobTitle()),
				blankToNull(addressee.name()), blankToNull(addressee.organisation()), blankToNull(addressee.prayer()));
		return new StructuredLetter(language, basmala, subject.strip(), block, greeting.strip(),
				paragraphs.stream().map(String::strip).toList(), new Closing(closing.style(), closing.text().strip()),
				signatory);
	}

	/** The letter as a model sees it when asked to revise it. */
	public static LetterAnswer of(StructuredLetter letter) {
		return new LetterAnswer(letter.subject(), letter.addressee(), letter.greeting(), letter.paragraphs(),
				letter.closing());
	}

	private static @org.jspecify.annotations.Nullable String blankToNull(@org.jspecify.annotations.Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
