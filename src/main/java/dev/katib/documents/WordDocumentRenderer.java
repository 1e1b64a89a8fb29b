package dev.katib.documents;

/**
 * Renders a document description on a letterhead as a Word (DOCX) file, for organisations that finish
 * letters in Word: right-to-left paragraphs and runs for Arabic, the same number and dates as the PDF.
 */
public interface WordDocumentRenderer {

	/**
	 * @throws dev.katib.platform.KatibException of type {@code document-too-large} when the description
	 *         exceeds the limits on blocks or text
	 */
	RenderedDocument docx(DocumentDescription document, Letterhead letterhead);
}
