package dev.katib.documents.pdf;

import org.springframework.util.unit.DataSize;

import dev.katib.documents.DocumentDates;
import dev.katib.documents.layout.DocumentsProperties;

/** Builds the PDF renderer outside Spring for fast tests and the benchmark. */
public final class Renderers {

	private Renderers() {
	}

	public static dev.katib.documents.DocumentRenderer pdf(int cacheEntries) {
		return new PdfDocumentRenderer(new PdfEngine(new FontFaces()), new DocumentDates(),
				new DocumentsProperties(cacheEntries, DataSize.ofMegabytes(64), DataSize.ofMegabytes(1)));
	}
}
