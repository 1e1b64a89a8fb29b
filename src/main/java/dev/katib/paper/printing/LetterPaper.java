package dev.katib.paper.printing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.documents.Alignment;
import dev.katib.documents.BodyBlock;
import dev.katib.documents.DigitStyle;
import dev.katib.documents.DocumentDescription;
import dev.katib.documents.DocumentImage;
import dev.katib.documents.DocumentKey;
import dev.katib.documents.DocumentLanguage;
import dev.katib.documents.DocumentMetadata;
import dev.katib.documents.HeaderBlock;
import dev.katib.documents.IssueDate;
import dev.katib.documents.Letterhead;
import dev.katib.documents.SignatureBlock;
import dev.katib.documents.Verification;
import dev.katib.letters.content.AddresseeBlock;
import dev.katib.knowledge.ClosingStyle;
import dev.katib.knowledge.Language;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.LetterVersion;

/**
 * How a version of a letter is printed: its structured parts as document blocks, with the number,
 * dates, signature and watermark its status calls for. Only the current version of an approved letter
 * is final; any other version prints as a draft, without number or signature.
 */
public final class LetterPaper {

	private LetterPaper() {
	}

	public static DocumentDescription describe(UUID letterId, LetterVersion version, boolean current, PaperFacts facts,
			Letterhead letterhead, @Nullable Verification verification) {
		StructuredLetter content = version.letter();
		DocumentLanguage language = content.language() == Language.ARABIC ? DocumentLanguage.ARABIC
				: DocumentLanguage.ENGLISH;
		DigitStyle digits = language == DocumentLanguage.ARABIC ? DigitStyle.ARABIC_INDIC : DigitStyle.WESTERN;
		boolean approved = current && facts.approved();
		boolean numbered = approved && facts.number() != null && facts.issuedOn() != null;
		PaperFacts.Signing signing = approved && facts.signing() != null
				&& facts.signing().versionNumber() == version.number() ? facts.signing() : null;
		IssueDate issued = numbered ? IssueDate.on(facts.issuedOn(), facts.zone())
				: new IssueDate(version.createdAt(), facts.zone());
		var header = new HeaderBlock(numbered ? facts.number() : null, issued, facts.attachments().size(), content.subject());
		return new DocumentDescription(new DocumentKey(letterId, version.number()), language, digits, header,
				body(content), signature(content, signing), approved ? verification : null, !approved,
				new DocumentMetadata(content.subject(), letterhead.name(language), version.createdAt()));
	}

	public static List<BodyBlock> body(StructuredLetter content) {
		boolean arabic = content.language() == Language.ARABIC;
		List<BodyBlock> body = new ArrayList<>();
		if (content.basmala()) {
			body.add(new BodyBlock.Line(StructuredLetter.BASMALA, Alignment.CENTRE, true));
		}
		AddresseeBlock addressee = content.addressee();
		if (!addressee.line().isBlank()) {
			body.add(new BodyBlock.AddresseeLine(addressee.line(), blankToNull(addressee.prayer())));
		}
		for (String detail : addressee.details()) {
			body.add(new BodyBlock.Line(detail, Alignment.START, false));
		}
		if (!content.greeting().isBlank()) {
			body.add(new BodyBlock.Line(content.greeting(), Alignment.START, false));
		}
		for (String paragraph : content.paragraphs()) {
			if (!paragraph.isBlank()) {
				body.add(new BodyBlock.Paragraph(paragraph));
			}
		}
		String closing = content.closing().text();
		if (!closing.isBlank()) {
			boolean centred = arabic || content.closing().style() == ClosingStyle.WISH;
			body.add(new BodyBlock.Line(closing, centred ? Alignment.CENTRE : Alignment.START, false));
		}
		return body;
	}

	private static @Nullable SignatureBlock signature(StructuredLetter content, PaperFacts.@Nullable Signing signing) {
		// once signed, the letter bears the signer's own job title, not the one it was drafted with
		String jobTitle = signing != null ? blankToNull(signing.jobTitle()) : blankToNull(content.signature().jobTitle());
		String name = signing != null ? signing.name() : blankToNull(content.signature().name());
		if (jobTitle == null && name == null) {
			return null;
		}
		DocumentImage image = signing == null ? null : image(signing.image());
		DocumentImage stamp = signing == null ? null : image(signing.stamp());
		return new SignatureBlock(jobTitle == null ? "" : jobTitle, name == null ? "" : name, image, stamp,
				signing != null && image == null);
	}

	private static @Nullable DocumentImage image(byte @Nullable [] bytes) {
		return bytes == null || bytes.length == 0 ? null : new DocumentImage(bytes);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
