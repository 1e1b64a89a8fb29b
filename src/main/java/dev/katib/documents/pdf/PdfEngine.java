package dev.katib.documents.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.Semaphore;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.stereotype.Component;

/**
 * Turns XHTML this module wrote into PDF bytes inside the JVM. Arabic is shaped and ordered by ICU
 * (bidi splitter and reorderer on for every document, English ones too), fonts come from the
 * classpath only, and the only resources a render can load are the in-memory ones it was given.
 * The creation date and file identifier come from the input, so the same input gives the same bytes.
 */
@Component
final class PdfEngine {

	private static final String PRODUCER = "Katib";

	private final FontFaces fonts;
	private final FontMetricsCache fontMetrics = new FontMetricsCache();

	/**
	 * Rendering is CPU-bound: more renders at once than processors only add memory (each holds parsed
	 * fonts and a laid-out document), so the rest wait their turn.
	 */
	private final Semaphore running = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));

	PdfEngine(FontFaces fonts) {
		this.fonts = fonts;
	}

	byte[] render(String xhtml, OfflineResources resources, PdfInfo info) {
		running.acquireUninterruptibly();
		try {
			return renderNow(xhtml, resources, info);
		}
		finally {
			running.release();
		}
	}

	private byte[] renderNow(String xhtml, OfflineResources resources, PdfInfo info) {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withHtmlContent(xhtml, OfflineResources.BASE);
		builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
		builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
		builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(info.locale()));
		builder.defaultTextDirection(info.rightToLeft() ? TextDirection.RTL : TextDirection.LTR);
		builder.useUriResolver(resources);
		builder.useProtocolsStreamImplementation(resources, OfflineResources.SCHEME);
		builder.useHttpStreamImplementation(new OfflineResources.Refusing());
		builder.useProtocolsStreamImplementation(new OfflineResources.Refusing(), "file", "jar", "ftp", "data");
		builder.useExternalResourceAccessControl(resources::allows,
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl(resources::allows,
				ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		builder.withProducer(PRODUCER);
		builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
		FontFaces.Parsed parsed = fonts.borrow();
		try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
			builder.usePDDocument(pdf);
			fonts.register(builder, pdf, parsed);
			try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
				renderer.layout();
				renderer.createPDFWithoutClosing();
				describe(pdf, info);
				pdf.save(out);
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The PDF could not be written.", ex);
		}
		finally {
			fonts.release(parsed);
		}
	}

	private static void describe(PDDocument pdf, PdfInfo info) {
		PDDocumentInformation information = new PDDocumentInformation();
		information.setTitle(info.title());
		information.setAuthor(info.author());
		information.setProducer(PRODUCER);
		information.setCreator(PRODUCER);
		information.setCreationDate(calendar(info.created()));
		information.setModificationDate(calendar(info.created()));
		pdf.setDocumentInformation(information);
		pdf.getDocumentCatalog().setLanguage(info.language());
		pdf.setDocumentId(stableId(info.identity()));
	}

	private static Calendar calendar(Instant instant) {
		GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
		calendar.setTimeInMillis(instant.toEpochMilli());
		return calendar;
	}

	/** The file identifier PDFBox writes is derived from this, instead of from the current time. */
	private static long stableId(String identity) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(digest).getLong();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** What the file says about itself; {@code identity} makes its file identifier. */
	record PdfInfo(String title, String author, String language, boolean rightToLeft, Instant created,
			String identity) {

		Locale locale() {
			return Locale.forLanguageTag(language);
		}
	}
}
