package dev.katib.review;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import dev.katib.documents.DocumentProblems;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * A signature or stamp image a signer uploaded: a PNG or JPEG that decodes, of limited size and dimensions.
 *
 * @param bytes the file as uploaded
 * @param contentType {@code image/png} or {@code image/jpeg}, from what the bytes are, not from what the client
 *        said
 */
record ProfileImage(byte[] bytes, String contentType) {

	static final int MAX_BYTES = 512 * 1024;
	static final int MAX_WIDTH = 2000;
	static final int MAX_HEIGHT = 1000;


	/**
	 * @throws KatibException {@code payload-too-large} over {@value #MAX_BYTES} bytes; {@code invalid-image} when it
	 *         is not a PNG or JPEG that decodes, or is larger than {@value #MAX_WIDTH}×{@value #MAX_HEIGHT}
	 */
	static ProfileImage of(byte[] bytes) {
		if (bytes.length == 0) {
			throw new KatibException(DocumentProblems.INVALID_IMAGE, "The file is empty.");
		}
		if (bytes.length > MAX_BYTES) {
			throw new KatibException(ProblemType.PAYLOAD_TOO_LARGE,
					"An image may have at most " + MAX_BYTES / 1024 + " KB.", Map.of("maxBytes", MAX_BYTES));
		}
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			var readers = ImageIO.getImageReaders(input);
			if (input == null || !readers.hasNext()) {
				throw notAnImage();
			}
			ImageReader reader = readers.next();
			try {
				String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
				String type = switch (format) {
					case "png" -> "image/png";
					case "jpeg", "jpg" -> "image/jpeg";
					default -> throw notAnImage();
				};
				reader.setInput(input);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width > MAX_WIDTH || height > MAX_HEIGHT) {
					throw new KatibException(DocumentProblems.INVALID_IMAGE, "An image may be at most " + MAX_WIDTH + "×" + MAX_HEIGHT
							+ " pixels; this one is " + width + "×" + height + ".",
							Map.of("maxWidth", MAX_WIDTH, "maxHeight", MAX_HEIGHT));
				}
				BufferedImage decoded = reader.read(0);
				if (decoded == null) {
					throw notAnImage();
				}
				return new ProfileImage(bytes, type);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof KatibException known) {
				throw known;
			}
			throw notAnImage();
		}
	}

	private static KatibException notAnImage() {
		return new KatibException(DocumentProblems.INVALID_IMAGE, "The file is not a PNG or JPEG image.");
	}
}
