package dev.katib.documents.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import dev.katib.documents.DocumentImage;

/** An image's size in pixels, read from its header without decoding it. */
record ImageSize(int width, int height) {

	/** A CSS pixel: images are never printed larger than a browser shows them. */
	static final float POINTS_PER_PIXEL = 0.75f;

	static ImageSize of(DocumentImage image) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(image.bytes()))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new IllegalArgumentException("An image in the document cannot be read.");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				return new ImageSize(Math.max(1, reader.getWidth(0)), Math.max(1, reader.getHeight(0)));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
