package dev.katib.archive;

/**
 * Reads the text of an uploaded document (PDF, Word .docx or plain text) the way the archive reads
 * the files it stores: the type is sniffed from the bytes, never taken from the file's name, and
 * Arabic plain text saved as Windows-1256 is recognised.
 */
public interface DocumentTexts {

	/** The largest document whose text is read. */
	int MAX_BYTES = 10 * 1024 * 1024;

	/**
	 * The document's text, stripped of blank lines at its ends.
	 * @throws dev.katib.platform.KatibException {@code unsupported-file} (415) for anything but a PDF,
	 * Word or text document, {@code document-too-large} (413) above {@link #MAX_BYTES}, and
	 * {@code document-without-text} (422) when no text can be read (a scanned page, say)
	 */
	DocumentText read(byte[] content);

	/**
	 * @param mediaType the type the bytes show
	 * @param text the text as read
	 */
	record DocumentText(String mediaType, String text) {
	}
}
