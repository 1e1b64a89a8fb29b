package dev.katib.paper.printing;

import org.springframework.stereotype.Component;

import dev.katib.accounts.Colleagues;
import dev.katib.letters.IssuedNumber;
import dev.katib.letters.LetterRecords;
import dev.katib.letters.Signature;
import dev.katib.letters.Letter;
import dev.katib.letters.LetterAttachments;

/** Gathers what the paper knows about a letter: its status, and the number and signature the workflow recorded. */
@Component
public class PaperFactsSource {

	private final LetterRecords records;
	private final Colleagues colleagues;
	private final LetterAttachments attachments;

	PaperFactsSource(LetterRecords records, Colleagues colleagues, LetterAttachments attachments) {
		this.records = records;
		this.colleagues = colleagues;
		this.attachments = attachments;
	}

	public PaperFacts of(java.util.UUID tenantId, Letter letter) {
		IssuedNumber number = records.number(tenantId, letter.id()).orElse(null);
		Signature signature = records.signature(tenantId, letter.id()).orElse(null);
		PaperFacts.Signing signing = signature == null ? null
				: new PaperFacts.Signing(signature.name(), signature.jobTitle(), signature.signedAt(), signature.image(), signature.stamp(),
						signature.versionNumber());
		return new PaperFacts(letter.status(), number == null ? null : number.number(),
				number == null ? null : number.issuedOn(), signing, colleagues.timeZone(tenantId),
				attachments.ofLetter(tenantId, letter.id()));
	}
}
