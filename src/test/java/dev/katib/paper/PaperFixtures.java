package dev.katib.paper;

import dev.katib.letters.LetterFixtures;
import dev.katib.letters.LetterStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.documents.DocumentCorpus;
import dev.katib.documents.LetterheadDraft;
import dev.katib.documents.Letterheads;
import dev.katib.documents.Margins;
import dev.katib.documents.PageSize;
import dev.katib.letters.DraftingRequests;
import dev.katib.knowledge.Language;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Verdict;
import dev.katib.letters.drafting.Draft;
import dev.katib.letters.drafting.OfflineDraftingEngine;

/** Letters stored in the real database, an active letterhead, and PDFs read back, for the paper tests. */
public record PaperFixtures(LetterFixtures letters, Letterheads letterheads, JdbcClient jdbc) {

	/** The number {@link #sign} issues. */
	public static final String NUMBER = "OUT/1448/000123";

	public void activeLetterhead(UUID tenantId) {
		letterheads.createDraft(tenantId, new LetterheadDraft("جمعية الكاتب الخيرية", "Katib Charitable Society",
				DocumentCorpus.logoPng(), "#0b5d4b", "#6b5a2e", List.of("الرياض — هاتف 0112345678", "www.katib.example"),
				new Margins(38, 20, 25, 20), PageSize.A4));
		letterheads.activate(tenantId, 1);
	}

	public static StructuredLetter content(DraftingRequests request) {
		return switch (OfflineDraftingEngine.draft(request.build())) {
			case Verdict.Accepted<Draft>(Draft draft) -> draft.letter();
			case Verdict.Rejected<Draft> rejected -> throw new IllegalStateException(rejected.violations().toString());
		};
	}

	public UUID letter(UUID tenantId, UUID writerId, DraftingRequests request) {
		StructuredLetter content = content(request);
		return letters.drafted(tenantId, writerId, request.category().key(), content);
	}

	public UUID englishLetter(UUID tenantId, UUID writerId) {
		return letter(tenantId, writerId, DraftingRequests.english());
	}

	public UUID arabicLetter(UUID tenantId, UUID writerId) {
		return letter(tenantId, writerId, DraftingRequests.arabic());
	}

	public void status(UUID letterId, String status) {
		letters.status(letterId, LetterStatus.valueOf(status));
	}

	public static DraftingRequests english(String request) {
		return DraftingRequests.english().saying(request).in(Language.ENGLISH);
	}

	/** Numbers the letter {@link #NUMBER} and signs it as the signer, with a signature image, as the workflow would. */
	public void sign(UUID tenantId, UUID letterId, UUID signerId) {
		status(letterId, "SIGNED");
		jdbc.sql("""
				INSERT INTO review_issued_number (letter_id, tenant_id, number, issued_on, calendar, year, sequence, issued_at)
				VALUES (?, ?, ?, ?, 'HIJRI', 1448, 123, now())""")
			.params(letterId, tenantId, NUMBER, java.time.LocalDate.of(2026, 12, 1))
			.update();
		jdbc.sql("""
				INSERT INTO review_signature (letter_id, tenant_id, signer_id, signer_name, signed_at, version_number, image)
				VALUES (?, ?, ?, 'أحمد السالم', now(), 1, ?)""")
			.params(letterId, tenantId, signerId, signaturePng())
			.update();
	}

	/** A hand-drawn signature. */
	public static byte[] signaturePng() {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(240, 90,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = image.createGraphics();
		g.setColor(java.awt.Color.WHITE);
		g.fillRect(0, 0, 240, 90);
		g.setColor(new java.awt.Color(0x1a237e));
		g.setStroke(new java.awt.BasicStroke(3));
		g.drawLine(15, 70, 70, 20);
		g.drawLine(70, 20, 130, 65);
		g.drawLine(130, 65, 220, 15);
		g.dispose();
		return DocumentCorpus.png(image);
	}

	/** The text of every page, NFKC-normalised so that shaped Arabic reads as plain letters. */
	public static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
