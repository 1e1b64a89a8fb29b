package dev.katib.documents.layout;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code: its modules, which the PDF draws as vector squares, or a PNG at print resolution for
 * formats that take only pictures (DOCX).
 */
public final class QrCode {

	private QrCode() {
	}

	/** The modules of the code with a quiet zone of two modules, dark where {@code get(x, y)}. */
	public static BitMatrix matrix(String content) {
		try {
			return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("The verification address is too long for a QR code.", ex);
		}
	}

	/**
	 * A black-and-white PNG with square modules of {@code pixelsPerModule} pixels: at 12, a 24 mm code
	 * of 37 modules is printed at about 470 dots per inch.
	 */
	public static byte[] png(String content, int pixelsPerModule) {
		BitMatrix matrix = matrix(content);
		int side = matrix.getWidth() * pixelsPerModule;
		BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < side; y++) {
			for (int x = 0; x < side; x++) {
				image.setRGB(x, y, matrix.get(x / pixelsPerModule, y / pixelsPerModule) ? 0xFF000000 : 0xFFFFFFFF);
			}
		}
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
