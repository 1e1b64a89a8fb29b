package dev.katib.documents;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A PNG or JPEG image carried inside a document description, such as a signature or a stamp. Images
 * are always bytes the application holds, never addresses to fetch.
 *
 * @param bytes the encoded image
 */
public record DocumentImage(byte[] bytes) {

	private static final byte[] PNG = HexFormat.of().parseHex("89504e470d0a1a0a");
	private static final byte[] JPEG = HexFormat.of().parseHex("ffd8ff");

	public DocumentImage {
		bytes = bytes.clone();
		if (!startsWith(bytes, PNG) && !startsWith(bytes, JPEG)) {
			throw new IllegalArgumentException("An image in a document must be a PNG or a JPEG.");
		}
	}

	@Override
	public byte[] bytes() {
		return bytes.clone();
	}

	/** {@code image/png} or {@code image/jpeg}. */
	public String mediaType() {
		return startsWith(bytes, PNG) ? "image/png" : "image/jpeg";
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DocumentImage image && Arrays.equals(bytes, image.bytes);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(bytes);
	}

	@Override
	public String toString() {
		return "DocumentImage[" + mediaType() + ", " + bytes.length + " bytes]";
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}
}
