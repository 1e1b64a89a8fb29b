package dev.katib.documents.pdf;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import dev.katib.platform.Hashes;

/**
 * What a PDF says about itself: title, author, producer and dates in its information dictionary, its
 * language, and a file identifier derived from the input instead of the current time, so that the
 * same input gives the same bytes.
 *
 * @param identity what the file identifier is derived from
 */
record PdfDescription(String title, String author, String language, Instant created, String identity) {

	static final String PRODUCER = "Katib";

	void apply(PDDocument pdf) {
		PDDocumentInformation information = new PDDocumentInformation();
		information.setTitle(title);
		information.setAuthor(author);
		information.setProducer(PRODUCER);
		information.setCreator(PRODUCER);
		information.setCreationDate(calendar(created));
		information.setModificationDate(calendar(created));
		pdf.setDocumentInformation(information);
		pdf.getDocumentCatalog().setLanguage(language);
		pdf.setDocumentId(stableId(identity));
	}

	static Calendar calendar(Instant instant) {
		GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
		calendar.setTimeInMillis(instant.toEpochMilli());
		return calendar;
	}

	private static long stableId(String identity) {
		return ByteBuffer.wrap(Hashes.sha256(identity)).getLong();
	}
}
