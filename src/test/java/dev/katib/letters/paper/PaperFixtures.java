package dev.katib.letters.paper;

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
import dev.katib.letters.content.Language;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Verdict;
import dev.katib.letters.drafting.Draft;
import dev.katib.letters.drafting.OfflineDraftingEngine;
import dev.katib.letters.history.LetterHistory;
import dev.katib.letters.history.NewLetter;
import dev.katib.letters.history.VersionSource;

/** Letters stored in the real database, an active letterhead, and PDFs read back, for the paper tests. */
record PaperFixtures(LetterHistory history, Letterheads letterheads, JdbcClient jdbc) {

	void activeLetterhead(UUID tenantId) {
		letterheads.createDraft(tenantId, new LetterheadDraft("جمعية الكاتب الخيرية", "Katib Charitable Society",
				DocumentCorpus.logoPng(), "#0b5d4b", "#6b5a2e", List.of("الرياض — هاتف 0112345678", "www.katib.example"),
				new Margins(38, 20, 25, 20), PageSize.A4));
		letterheads.activate(tenantId, 1);
	}

	static StructuredLetter content(DraftingRequests request) {
		return switch (OfflineDraftingEngine.draft(request.build())) {
			case Verdict.Accepted<Draft>(Draft draft) -> draft.letter();
			case Verdict.Rejected<Draft> rejected -> throw new IllegalStateException(rejected.violations().toString());
		};
	}

	UUID letter(UUID tenantId, UUID writerId, DraftingRequests request) {
		StructuredLetter content = content(request);
		UUID id = history.open(tenantId,
				new NewLetter(writerId, request.category().key(), request.language(), null, null, null));
		history.addVersion(tenantId, id, content, writerId, VersionSource.DRAFTED_WITHOUT_AI, null);
		return id;
	}

	UUID englishLetter(UUID tenantId, UUID writerId) {
		return letter(tenantId, writerId, DraftingRequests.english());
	}

	UUID arabicLetter(UUID tenantId, UUID writerId) {
		return letter(tenantId, writerId, DraftingRequests.arabic());
	}

	void status(UUID letterId, String status) {
		jdbc.sql("UPDATE letters_letter SET status = :status WHERE id = :id")
			.param("status", status)
			.param("id", letterId)
			.update();
	}

	static DraftingRequests english(String request) {
		return DraftingRequests.english().saying(request).in(Language.ENGLISH);
	}

	/** The text of every page, NFKC-normalised so that shaped Arabic reads as plain letters. */
	static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
