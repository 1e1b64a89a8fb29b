package dev.katib.documents.docx;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Places a PNG or JPEG in a run, scaled to fit a box and keeping its proportions. */
final class WordPictures {

	private WordPictures() {
	}

	static void add(XWPFRun run, byte[] bytes, String name, double maxWidthMm, double maxHeightMm) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
			if (image == null) {
				return;
			}
			double scale = Math.min(maxWidthMm / image.getWidth(), maxHeightMm / image.getHeight());
			int width = Units.toEMU(image.getWidth() * scale * 72 / 25.4);
			int height = Units.toEMU(image.getHeight() * scale * 72 / 25.4);
			boolean png = bytes.length > 1 && (bytes[0] & 0xFF) == 0x89;
			run.addPicture(new ByteArrayInputStream(bytes), png ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG,
					name, width, height);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InvalidFormatException ex) {
			throw new IllegalArgumentException("The image cannot be placed in a Word document.", ex);
		}
	}
}
