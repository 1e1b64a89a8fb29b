package dev.katib.archive.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.springframework.http.HttpStatus;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * The kinds of file the archive accepts, recognised by Apache Tika from their bytes, never from
 * the file's name. A type the client claims only counts against the file: a file that claims to be
 * one accepted kind and is another is refused as disguised.
 */
final class ContentTypes {

	static final ProblemType UNSUPPORTED_FILE = new ProblemType("unsupported-file", HttpStatus.UNSUPPORTED_MEDIA_TYPE,
			"Unsupported file");

	static final String PDF = "application/pdf";
	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
	static final String TEXT = "text/plain";
	static final String PNG = "image/png";
	static final String JPEG = "image/jpeg";

	private static final Set<String> ACCEPTED = Set.of(PDF, DOCX, TEXT, PNG, JPEG);
	private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();
	private static final int LEGACY_TEXT_CONFIDENCE = 50;

	private ContentTypes() {
	}

	/** The type the bytes show, when the archive accepts it and no accepted type claimed says otherwise. */
	static String verified(String claimed, byte[] content) {
		String sniffed = sniffed(content);
		if (!ACCEPTED.contains(sniffed)) {
			throw new KatibException(UNSUPPORTED_FILE,
					"Only PDF, Word (.docx), plain text, PNG and JPEG files can be archived; this file's content is "
							+ sniffed + ".");
		}
		String type = claimed.toLowerCase().split(";")[0].strip();
		if (ACCEPTED.contains(type) && !type.equals(sniffed)) {
			throw new KatibException(UNSUPPORTED_FILE, "The file's content is not a " + type + " file.");
		}
		return sniffed;
	}

	/** The media type Tika reads from the bytes alone, without parameters. */
	static String sniffed(byte[] content) {
		try (TikaInputStream stream = TikaInputStream.get(content)) {
			MediaType type = DETECTOR.detect(stream, new Metadata()).getBaseType();
			if (type.equals(MediaType.OCTET_STREAM) && isLegacyText(content)) {
				return TEXT;
			}
			return type.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Tika takes text with many bytes above 127 outside UTF-8 (Arabic saved as Windows-1256) for
	 * binary; ICU's detector recognises such text, and text has no control characters but spacing.
	 */
	private static boolean isLegacyText(byte[] content) {
		CharsetMatch match = new CharsetDetector().setText(content).detect();
		if (match == null || match.getConfidence() < LEGACY_TEXT_CONFIDENCE) {
			return false;
		}
		try {
			return match.getString().chars().noneMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c));
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}
}
