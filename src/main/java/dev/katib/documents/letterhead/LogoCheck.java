package dev.katib.documents.letterhead;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import dev.katib.documents.DocumentImage;
import dev.katib.documents.DocumentProblems;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Accepts an uploaded logo only when it is a PNG or JPEG within the size limit that really decodes,
 * and not so large in pixels that decoding it would exhaust memory (its size is read from the header
 * before any pixel is decoded).
 */
final class LogoCheck {

	static final int MAX_PIXELS_PER_SIDE = 4_000;

	private static final Set<String> FORMATS = Set.of("png", "jpeg");

	private final long maxBytes;

	LogoCheck(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	DocumentImage check(byte[] bytes) {
		if (bytes.length > maxBytes) {
			throw new KatibException(ProblemType.PAYLOAD_TOO_LARGE,
					"The logo is larger than " + maxBytes / 1024 + " KB.", Map.of("field", "logo"));
		}
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
			if (readers == null || !readers.hasNext()) {
				throw invalid("The logo is not an image.");
			}
			ImageReader reader = readers.next();
			try {
				if (!FORMATS.contains(reader.getFormatName().toLowerCase(java.util.Locale.ROOT))) {
					throw invalid("The logo must be a PNG or a JPEG.");
				}
				reader.setInput(input, true, true);
				if (reader.getWidth(0) > MAX_PIXELS_PER_SIDE || reader.getHeight(0) > MAX_PIXELS_PER_SIDE) {
					throw invalid("The logo is larger than " + MAX_PIXELS_PER_SIDE + " pixels on a side.");
				}
				reader.read(0);
			}
			finally {
				reader.dispose();
			}
			return new DocumentImage(bytes);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof KatibException katib) {
				throw katib;
			}
			throw invalid("The logo could not be read as an image.");
		}
	}

	private static KatibException invalid(String detail) {
		return new KatibException(DocumentProblems.INVALID_IMAGE, detail, Map.of("field", "logo"));
	}
}
