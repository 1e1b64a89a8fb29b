package dev.katib.documents;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What makes a PDF archival (PDF/A-3u): the facts its XMP metadata records beside the document's
 * title, author and dates, and the files it carries so that software can read the document without
 * reading its pages.
 *
 * @param identifier the document's number, such as {@code OUT/1448/000123}, if it has one
 * @param attachments files embedded in the PDF, such as a JSON description of the document
 */
public record Archival(@Nullable String identifier, List<Attachment> attachments) {

	public Archival {
		attachments = List.copyOf(attachments);
	}

	/**
	 * A file embedded in an archival PDF, associated with the whole document as its data.
	 *
	 * @param filename the file's name, such as {@code letter.json}
	 * @param mediaType its media type, such as {@code application/json}
	 * @param description a short description a PDF reader shows beside it
	 * @param content its bytes
	 */
	public record Attachment(String filename, String mediaType, String description, byte[] content) {

		public Attachment {
			Objects.requireNonNull(filename, "filename");
			Objects.requireNonNull(mediaType, "mediaType");
			Objects.requireNonNull(description, "description");
			if (filename.isBlank() || filename.contains("/") || filename.contains("\\")) {
				throw new IllegalArgumentException("An attachment needs a plain file name.");
			}
			if (!mediaType.matches("[a-z]+/[a-z0-9.+-]+")) {
				throw new IllegalArgumentException("An attachment needs a media type such as application/json.");
			}
			content = content.clone();
		}

		@Override
		public byte[] content() {
			return content.clone();
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Attachment that && filename.equals(that.filename) && mediaType.equals(that.mediaType)
					&& description.equals(that.description) && java.util.Arrays.equals(content, that.content);
		}

		@Override
		public int hashCode() {
			return Objects.hash(filename, mediaType, description, java.util.Arrays.hashCode(content));
		}

		@Override
		public String toString() {
			return "Attachment[" + filename + ", " + mediaType + ", " + content.length + " bytes]";
		}
	}
}
