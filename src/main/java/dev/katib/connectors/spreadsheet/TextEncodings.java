package dev.katib.connectors.spreadsheet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The character encoding of an uploaded text file, by one rule that can be explained:
 * <ol>
 * <li>a byte-order mark names it: UTF-8, UTF-16 LE or UTF-16 BE;</li>
 * <li>otherwise bytes that are valid UTF-8 are UTF-8 (plain ASCII included);</li>
 * <li>otherwise the file is in one of the two legacy code pages our users save in, Windows-1256
 * (Arabic) or Windows-1252 (Western European). In both, letters outside ASCII are bytes from 0xC0
 * up. An Arabic word is made only of such bytes, while an accented Latin word mixes them with ASCII
 * letters («José», «Zürich»). The file is Windows-1252 when words of the Latin kind outnumber words
 * of two or more high letters, and Windows-1256 otherwise.</li>
 * </ol>
 * ICU's statistical detector (tried and rejected) names ISO-8859-1 for a CSV whose Arabic names sit
 * among English headers and digits, which is the common case; this rule reads it as Arabic.
 */
final class TextEncodings {

	static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private TextEncodings() {
	}

	static Charset detect(byte[] bytes) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return StandardCharsets.UTF_8;
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return StandardCharsets.UTF_16LE;
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return StandardCharsets.UTF_16BE;
		}
		if (isUtf8(bytes)) {
			return StandardCharsets.UTF_8;
		}
		return latinShapedWords(bytes) > arabicShapedWords(bytes) ? WINDOWS_1252 : WINDOWS_1256;
	}

	/** The text of the bytes in the charset, without a byte-order mark. */
	static String decode(byte[] bytes, Charset charset) {
		String text = new String(bytes, charset);
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	/** Whether the bytes hold a NUL outside UTF-16: a binary file, not text. */
	static boolean looksBinary(byte[] bytes) {
		if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
			return false;
		}
		for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
			if (bytes[i] == 0) {
				return true;
			}
		}
		return false;
	}

	private static boolean isUtf8(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static int latinShapedWords(byte[] bytes) {
		return countWords(bytes, true);
	}

	private static int arabicShapedWords(byte[] bytes) {
		return countWords(bytes, false);
	}

	private static int countWords(byte[] bytes, boolean latin) {
		int count = 0;
		int i = 0;
		while (i < bytes.length) {
			if (!isWordByte(bytes[i] & 0xFF)) {
				i++;
				continue;
			}
			int ascii = 0;
			int high = 0;
			while (i < bytes.length && isWordByte(bytes[i] & 0xFF)) {
				if ((bytes[i] & 0xFF) < 0x80) {
					ascii++;
				}
				else {
					high++;
				}
				i++;
			}
			boolean latinShaped = high > 0 && ascii > 0;
			boolean arabicShaped = high > 1 && ascii == 0;
			if (latin ? latinShaped : arabicShaped) {
				count++;
			}
		}
		return count;
	}

	// ASCII letters, and the letter bytes of both code pages (0xC0-0xFF but × and ÷)
	private static boolean isWordByte(int b) {
		return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= 0xC0 && b != 0xD7 && b != 0xF7);
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
