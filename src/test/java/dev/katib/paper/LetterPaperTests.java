package dev.katib.paper;

import dev.katib.paper.printing.LetterPaper;
import dev.katib.paper.printing.PaperFacts;
import dev.katib.paper.printing.PaperNames;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.katib.documents.Alignment;
import dev.katib.documents.BodyBlock;
import dev.katib.documents.DocumentCorpus;
import dev.katib.documents.DocumentDescription;
import dev.katib.documents.Letterhead;
import dev.katib.documents.Verification;
import dev.katib.letters.DraftingRequests;
import dev.katib.knowledge.Language;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.LetterVersion;
import dev.katib.letters.LetterStatus;
import dev.katib.letters.VersionSource;

class LetterPaperTests {

	private final StructuredLetter arabic = PaperFixtures.content(DraftingRequests.arabic());
	private final UUID letter = UUID.randomUUID();
	private final LetterVersion version = new LetterVersion(1, arabic, UUID.randomUUID(),
			VersionSource.DRAFTED_WITHOUT_AI, null, Instant.parse("2026-12-01T08:00:00Z"));
	private final Letterhead letterhead = DocumentCorpus.letterhead(UUID.randomUUID());
	private final Verification verification = new Verification("K7QX2M9P", URI.create("https://katib.example/verify/K7QX2M9P"));

	@Test
	void anArabicLetterReadsBasmalaAddresseeGreetingBodyAndCentredClosing() {
		var body = LetterPaper.body(arabic);

		assertThat(body.getFirst()).isEqualTo(new BodyBlock.Line(StructuredLetter.BASMALA, Alignment.CENTRE, true));
		assertThat(body.get(1)).isEqualTo(new BodyBlock.AddresseeLine("سعادة مدير عام الشؤون المالية", "سلمه الله"));
		assertThat(body).contains(new BodyBlock.Paragraph(arabic.paragraphs().getFirst()));
		assertThat(body.getLast()).isInstanceOf(BodyBlock.Line.class)
			.extracting(b -> ((BodyBlock.Line) b).alignment())
			.isEqualTo(Alignment.CENTRE);
	}

	@Test
	void aSignedLetterPrintsItsNumberSignatureAndVerificationWithoutWatermark() {
		var facts = new PaperFacts(LetterStatus.SIGNED, "OUT/1448/000123", LocalDate.of(2026, 12, 1),
				new PaperFacts.Signing("أحمد السالم", "مدير عام الجمعية", Instant.parse("2026-12-01T09:00:00Z"), null, null, 1),
				PaperFacts.RIYADH);

		DocumentDescription paper = LetterPaper.describe(letter, version, true, facts, letterhead, verification);

		assertThat(paper.draft()).isFalse();
		assertThat(paper.header().referenceNumber()).isEqualTo("OUT/1448/000123");
		assertThat(paper.header().issued().day()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(paper.signature().name()).isEqualTo("أحمد السالم");
		assertThat(paper.signature().jobTitle()).as("the signer's own, not the drafted one").isEqualTo("مدير عام الجمعية");
		assertThat(paper.signature().signedElectronically()).isTrue();
		assertThat(paper.verification()).isEqualTo(verification);
		assertThat(paper.metadata().author()).isEqualTo(letterhead.arabicName());
	}

	@Test
	void aDraftOrAnOlderVersionPrintsNoNumberNoSignatureAndNoVerification() {
		var facts = new PaperFacts(LetterStatus.SIGNED, "OUT/1448/000123", LocalDate.of(2026, 12, 1),
				new PaperFacts.Signing("أحمد السالم", "مدير عام الجمعية", Instant.parse("2026-12-01T09:00:00Z"), null, null, 2),
				PaperFacts.RIYADH);
		var draft = new PaperFacts(LetterStatus.DRAFT, null, null, null, PaperFacts.RIYADH);

		DocumentDescription older = LetterPaper.describe(letter, version, false, facts, letterhead, verification);
		DocumentDescription drafted = LetterPaper.describe(letter, version, true, draft, letterhead, null);

		for (DocumentDescription paper : new DocumentDescription[] { older, drafted }) {
			assertThat(paper.draft()).isTrue();
			assertThat(paper.header().referenceNumber()).isNull();
			assertThat(paper.verification()).isNull();
			assertThat(paper.signature().name()).isEqualTo("سارة القحطاني");
			assertThat(paper.signature().signedElectronically()).isFalse();
		}
	}

	@Test
	void theFileIsNamedAfterTheNumberOnceIssuedOtherwiseAfterTheSubjectAndVersion() {
		var signed = new PaperFacts(LetterStatus.SIGNED, "OUT/1448/000123", LocalDate.of(2026, 12, 1), null, PaperFacts.RIYADH);
		var draft = new PaperFacts(LetterStatus.DRAFT, null, null, null, PaperFacts.RIYADH);

		assertThat(PaperNames.filename(letter, version, signed, "pdf")).isEqualTo("OUT-1448-000123.pdf");
		assertThat(PaperNames.filename(letter, version, draft, "docx")).isEqualTo(arabic.subject() + " v1.docx");
	}
}
