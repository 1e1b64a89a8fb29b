package dev.katib.documents;

import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * A rendered file and what it was made from.
 *
 * @param key the document and version rendered
 * @param letterheadId the letterhead version it was printed on
 * @param letterheadVersion that letterhead's version number
 * @param mediaType {@code application/pdf} or the DOCX media type
 * @param content the file's bytes
 */
public record RenderedDocument(DocumentKey key, UUID letterheadId, int letterheadVersion, String mediaType,
		byte[] content) {

	public static final String PDF = "application/pdf";

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	public RenderedDocument {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(mediaType, "mediaType");
		content = content.clone();
	}

	@Override
	public byte[] content() {
		return content.clone();
	}

	public int size() {
		return content.length;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RenderedDocument that && key.equals(that.key) && letterheadId.equals(that.letterheadId)
				&& letterheadVersion == that.letterheadVersion && mediaType.equals(that.mediaType)
				&& Arrays.equals(content, that.content);
	}

	@Override
	public int hashCode() {
		return Objects.hash(key, letterheadId, letterheadVersion, mediaType, Arrays.hashCode(content));
	}

	@Override
	public String toString() {
		return "RenderedDocument[" + key + ", letterhead " + letterheadVersion + ", " + mediaType + ", "
				+ content.length + " bytes]";
	}
}
