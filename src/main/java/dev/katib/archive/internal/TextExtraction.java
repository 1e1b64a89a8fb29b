package dev.katib.archive.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text and a few facts of a stored file, where its format allows: PDF and DOCX text, a PDF's
 * title and page count, an image's size. A file whose text cannot be read is still stored; it is
 * found by its other facts.
 */
class TextExtraction {

	static final int MAX_CHARACTERS = 500_000;

	private static final Logger log = LoggerFactory.getLogger(TextExtraction.class);

	record Extracted(String text, Map<String, String> metadata) {

		static final Extracted NOTHING = new Extracted("", Map.of());
	}

	Extracted extract(String contentType, byte[] content) {
		try {
			Extracted extracted = switch (contentType) {
				case "application/pdf" -> pdf(content);
				case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> docx(content);
				case "image/png", "image/jpeg" -> image(content);
				case "text/plain" -> new Extracted(new String(content, StandardCharsets.UTF_8), Map.of());
				default -> Extracted.NOTHING;
			};
			String text = extracted.text();
			return text.length() > MAX_CHARACTERS ? new Extracted(text.substring(0, MAX_CHARACTERS), extracted.metadata())
					: extracted;
		}
		catch (IOException | RuntimeException ex) {
			log.info("Could not extract text from a {} file: {}", contentType, ex.toString());
			return Extracted.NOTHING;
		}
	}

	private static Extracted pdf(byte[] content) throws IOException {
		try (PDDocument document = Loader.loadPDF(content)) {
			Map<String, String> metadata = new HashMap<>();
			metadata.put("pages", String.valueOf(document.getNumberOfPages()));
			PDDocumentInformation info = document.getDocumentInformation();
			if (info != null && info.getTitle() != null && !info.getTitle().isBlank()) {
				metadata.put("pdfTitle", info.getTitle());
			}
			boolean ours = info != null && KatibPdfText.PRODUCER.equals(info.getProducer());
			return new Extracted(ours ? KatibPdfText.text(document) : new PDFTextStripper().getText(document), metadata);
		}
	}

	private static Extracted docx(byte[] content) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return new Extracted(extractor.getText(), Map.of("paragraphs", String.valueOf(document.getParagraphs().size())));
		}
	}

	private static Extracted image(byte[] content) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
		return image == null ? Extracted.NOTHING
				: new Extracted("", Map.of("width", String.valueOf(image.getWidth()), "height",
						String.valueOf(image.getHeight())));
	}
}
