package dev.katib.archive.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.imageio.ImageIO;

import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.txt.Icu4jEncodingDetector;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text and a few facts of a stored file, where its format allows: the text of PDF, Word and
 * plain-text documents (read by Apache Tika, within limits of size, time and characters), a PDF's
 * title and page count, a Word document's paragraph count, an image's size. A file whose text
 * cannot be read is still stored; it is found by its other facts.
 */
class TextExtraction {

	static final int MAX_CHARACTERS = 500_000;
	static final int MAX_BYTES = 20 * 1024 * 1024;
	static final Duration MAX_TIME = Duration.ofSeconds(30);

	private static final Set<String> DOCUMENTS = Set.of(ContentTypes.PDF, ContentTypes.DOCX, ContentTypes.TEXT);
	private static final Logger log = LoggerFactory.getLogger(TextExtraction.class);

	private final Parser parser = new AutoDetectParser();
	// parsing is CPU work on one document at a time; a virtual thread lets the caller stop waiting at the deadline
	private final ExecutorService parsing = Executors.newVirtualThreadPerTaskExecutor();
	private final int maxCharacters;
	private final int maxBytes;
	private final Duration maxTime;

	TextExtraction() {
		this(MAX_CHARACTERS, MAX_BYTES, MAX_TIME);
	}

	TextExtraction(int maxCharacters, int maxBytes, Duration maxTime) {
		this.maxCharacters = maxCharacters;
		this.maxBytes = maxBytes;
		this.maxTime = maxTime;
	}

	record Extracted(String text, Map<String, String> metadata) {

		static final Extracted NOTHING = new Extracted("", Map.of());
	}

	/** What can be read from a file whose type {@link ContentTypes} has verified. */
	Extracted extract(String contentType, byte[] content) {
		if (contentType.equals(ContentTypes.PNG) || contentType.equals(ContentTypes.JPEG)) {
			return image(content);
		}
		if (!DOCUMENTS.contains(contentType)) {
			return Extracted.NOTHING;
		}
		if (content.length > maxBytes) {
			log.info("Not extracting text from a {} file of {} bytes: more than {}", contentType, content.length, maxBytes);
			return Extracted.NOTHING;
		}
		long deadline = System.nanoTime() + maxTime.toNanos();
		Future<Extracted> task = parsing.submit(() -> document(contentType, content, deadline));
		try {
			return task.get(maxTime.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			task.cancel(true);
			log.info("Gave up extracting text from a {} file after {}", contentType, maxTime);
		}
		catch (ExecutionException ex) {
			log.info("Could not extract text from a {} file: {}", contentType, ex.getCause().toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return Extracted.NOTHING;
	}

	private Extracted document(String contentType, byte[] content, long deadline) throws Exception {
		if (contentType.equals(ContentTypes.PDF)) {
			Extracted katib = KatibPdfText.extract(content);
			if (katib != null) {
				return katib;
			}
		}
		Metadata metadata = new Metadata();
		// the verified type, never the file's name, tells Tika which parser to use
		metadata.set(Metadata.CONTENT_TYPE, contentType);
		ParseContext context = new ParseContext();
		// ICU's detector reads Arabic text saved as Windows-1256, which Tika's default chain mistakes for Cyrillic
		context.set(EncodingDetector.class, new Icu4jEncodingDetector());
		StringWriter text = new StringWriter();
		ParagraphsAndDeadline watch = new ParagraphsAndDeadline(new WriteOutContentHandler(text, maxCharacters),
				deadline);
		try (TikaInputStream stream = TikaInputStream.get(content)) {
			parser.parse(stream, new BodyContentHandler(watch), metadata, context);
		}
		catch (Exception ex) {
			if (!WriteLimitReachedException.isWriteLimitReached(ex)) {
				throw ex;
			}
			// a long document keeps its first characters
		}
		return new Extracted(text.toString(), facts(contentType, metadata, watch.paragraphs()));
	}

	private static Map<String, String> facts(String contentType, Metadata metadata, int paragraphs) {
		Map<String, String> facts = new HashMap<>();
		if (contentType.equals(ContentTypes.PDF)) {
			putIfPresent(facts, "pages", metadata.get(PagedText.N_PAGES));
			putIfPresent(facts, "pdfTitle", metadata.get(TikaCoreProperties.TITLE));
		}
		else if (contentType.equals(ContentTypes.DOCX)) {
			facts.put("paragraphs", String.valueOf(paragraphs));
		}
		return facts;
	}

	private static void putIfPresent(Map<String, String> facts, String name, String value) {
		if (value != null && !value.isBlank()) {
			facts.put(name, value.strip());
		}
	}

	private static Extracted image(byte[] content) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
			return image == null ? Extracted.NOTHING
					: new Extracted("", Map.of("width", String.valueOf(image.getWidth()), "height",
							String.valueOf(image.getHeight())));
		}
		catch (IOException | RuntimeException ex) {
			log.info("Could not read the size of an image: {}", ex.toString());
			return Extracted.NOTHING;
		}
	}
}
