package dev.katib.documents;

/**
 * Renders a document description on a letterhead as a PDF: Arabic and Latin shaped with the font's
 * OpenType tables (marks on their letters, ligatures, kerning), text that reads back as typed, fonts
 * embedded, nothing fetched from the network. The same input always gives the same bytes.
 */
public interface DocumentRenderer {

	/**
	 * A PDF for reading, printing and previews; renders are cached by document version and letterhead
	 * version.
	 *
	 * @throws dev.katib.platform.KatibException of type {@code document-too-large} when the description
	 *         exceeds the limits on blocks or text
	 */
	RenderedDocument pdf(DocumentDescription document, Letterhead letterhead);

	/**
	 * A PDF/A-3u for archiving: the same pages, with an sRGB output intent, XMP metadata (title,
	 * author, identifier, dates) and the given files embedded as the document's associated data.
	 * Not cached: a document is archived once.
	 *
	 * @throws dev.katib.platform.KatibException as {@link #pdf} does
	 */
	RenderedDocument archivalPdf(DocumentDescription document, Letterhead letterhead, Archival archival);
}
