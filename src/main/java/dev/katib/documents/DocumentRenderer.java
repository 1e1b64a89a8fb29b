package dev.katib.documents;

/**
 * Renders a document description on a letterhead as a PDF: Arabic shaped and ordered, fonts embedded,
 * nothing fetched from the network. The same input always gives the same bytes; renders are cached
 * by document version and letterhead version.
 */
public interface DocumentRenderer {

	/**
	 * @throws dev.katib.platform.KatibException of type {@code document-too-large} when the description
	 *         exceeds the limits on blocks or text
	 */
	RenderedDocument pdf(DocumentDescription document, Letterhead letterhead);
}
