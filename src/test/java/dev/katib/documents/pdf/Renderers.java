package dev.katib.documents.pdf;

import org.springframework.util.unit.DataSize;

import dev.katib.documents.DocumentDates;
import dev.katib.documents.DocumentRenderer;
import dev.katib.documents.layout.DocumentsProperties;

/** Builds the PDF renderer outside Spring for fast tests and the benchmark. */
public final class Renderers {

	private static final FontFaces FACES = new FontFaces();

	private Renderers() {
	}

	public static DocumentRenderer pdf(int cacheEntries) {
		return pdf(cacheEntries, 20_000);
	}

	/** With {@code shapedWords} 0, every word is shaped anew on every render. */
	public static DocumentRenderer pdf(int cacheEntries, int shapedWords) {
		return new PdfDocumentRenderer(FACES, new DocumentDates(),
				new DocumentsProperties(cacheEntries, DataSize.ofMegabytes(64), DataSize.ofMegabytes(1), shapedWords));
	}
}
