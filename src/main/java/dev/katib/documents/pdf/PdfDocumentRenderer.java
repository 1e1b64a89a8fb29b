package dev.katib.documents.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Semaphore;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import dev.katib.documents.Archival;
import dev.katib.documents.DocumentDates;
import dev.katib.documents.DocumentDescription;
import dev.katib.documents.DocumentRenderer;
import dev.katib.documents.Letterhead;
import dev.katib.documents.RenderedDocument;
import dev.katib.documents.layout.DocumentLimits;
import dev.katib.documents.layout.DocumentsProperties;
import dev.katib.documents.layout.Labels;
import dev.katib.documents.layout.RenderCache;

/**
 * Sets a document on its letterhead and prints it to PDF with PDFBox: laid out by this module's own
 * typesetter (shaping by the JDK's OpenType engine), previews cached, archival copies as PDF/A-3u.
 */
@Service
class PdfDocumentRenderer implements DocumentRenderer {

	private final FontFaces faces;
	private final DocumentDates dates;
	private final Typesetter typesetter;
	private final PdfPrinter printer;
	private final RenderCache cache;

	/**
	 * Rendering is CPU-bound: more renders at once than processors only add memory, so the rest wait
	 * their turn.
	 */
	private final Semaphore running = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));

	PdfDocumentRenderer(FontFaces faces, DocumentDates dates, DocumentsProperties properties) {
		this.faces = faces;
		this.dates = dates;
		this.typesetter = new Typesetter(new Shaper(properties.shapedWords()));
		this.printer = new PdfPrinter(faces);
		this.cache = new RenderCache(properties.renderCacheEntries(), properties.renderCacheSize().toBytes());
	}

	@Override
	public RenderedDocument pdf(DocumentDescription document, Letterhead letterhead) {
		DocumentLimits.check(document);
		return cache.get(document, letterhead, RenderedDocument.PDF,
				() -> rendered(document, letterhead, render(document, letterhead, null)));
	}

	@Override
	public RenderedDocument archivalPdf(DocumentDescription document, Letterhead letterhead, Archival archival) {
		DocumentLimits.check(document);
		return rendered(document, letterhead, render(document, letterhead, archival));
	}

	private static RenderedDocument rendered(DocumentDescription document, Letterhead letterhead, byte[] pdf) {
		return new RenderedDocument(document.key(), letterhead.id(), letterhead.version(), RenderedDocument.PDF, pdf);
	}

	private byte[] render(DocumentDescription document, Letterhead letterhead, @Nullable Archival archival) {
		running.acquireUninterruptibly();
		try {
			Setting setting = new Setting(document, letterhead, Sheet.of(letterhead), typesetter, faces, dates,
					Labels.of(document.language()));
			List<List<Ink>> pages = new Composer(setting).pages();
			PdfDescription description = new PdfDescription(document.metadata().title(), document.metadata().author(),
					document.language().tag(), document.metadata().created(),
					document.key() + "/" + letterhead.id() + "/" + letterhead.version() + (archival == null ? "" : "/A"));
			try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
				printer.print(pdf, pages, setting.sheet());
				description.apply(pdf);
				if (archival != null) {
					PdfArchive.apply(pdf, description, document.header().issued().day(), archival);
				}
				pdf.save(out);
				return out.toByteArray();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The PDF could not be written.", ex);
		}
		finally {
			running.release();
		}
	}
}
