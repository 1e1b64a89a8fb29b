package dev.katib.paper.downloads;

/**
 * A file of a letter, ready to download.
 *
 * @param filename a name for it: the letter's number, or its subject and version
 * @param mediaType {@code application/pdf} or the DOCX media type
 * @param content the bytes
 * @param archived whether these are the archived bytes of the signed letter
 */
public record PaperFile(String filename, String mediaType, byte[] content, boolean archived) {

	public PaperFile {
		content = content.clone();
	}

	@Override
	public byte[] content() {
		return content.clone();
	}
}
