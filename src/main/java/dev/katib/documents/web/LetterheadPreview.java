package dev.katib.documents.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dev.katib.documents.Alignment;
import dev.katib.documents.BodyBlock;
import dev.katib.documents.DigitStyle;
import dev.katib.documents.DocumentDescription;
import dev.katib.documents.DocumentKey;
import dev.katib.documents.DocumentLanguage;
import dev.katib.documents.DocumentMetadata;
import dev.katib.documents.DocumentRenderer;
import dev.katib.documents.HeaderBlock;
import dev.katib.documents.IssueDate;
import dev.katib.documents.Letterhead;
import dev.katib.documents.SignatureBlock;

/**
 * Shows an admin what their letterhead looks like: a short specimen letter, in the admin's language,
 * printed on it exactly as letters will be, as a PDF or as a picture of its first page.
 */
@Component
class LetterheadPreview {

	private static final UUID SPECIMEN = UUID.fromString("00000000-0000-7000-8000-00000000a11e");
	private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

	private final DocumentRenderer renderer;
	private final MessageSource messages;
	private final Clock clock;

	LetterheadPreview(DocumentRenderer renderer, MessageSource messages, Clock clock) {
		this.renderer = renderer;
		this.messages = messages;
		this.clock = clock;
	}

	byte[] pdf(Letterhead letterhead, Locale locale) {
		return renderer.pdf(specimen(locale), letterhead).content();
	}

	byte[] png(Letterhead letterhead, Locale locale) {
		try (PDDocument pdf = Loader.loadPDF(pdf(letterhead, locale))) {
			BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 60);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(page, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private DocumentDescription specimen(Locale locale) {
		boolean arabic = !"en".equals(locale.getLanguage());
		DocumentLanguage language = arabic ? DocumentLanguage.ARABIC : DocumentLanguage.ENGLISH;
		List<BodyBlock> body = List.of(new BodyBlock.AddresseeLine(text("specimen.addressee", locale),
				arabic ? text("specimen.prayer", locale) : null),
				new BodyBlock.Line(text("specimen.greeting", locale), Alignment.START, false),
				new BodyBlock.Paragraph(text("specimen.body", locale)),
				new BodyBlock.Line(text("specimen.closing", locale), Alignment.CENTRE, false));
		return new DocumentDescription(new DocumentKey(SPECIMEN, 1), language,
				arabic ? DigitStyle.ARABIC_INDIC : DigitStyle.WESTERN,
				new HeaderBlock(null, new IssueDate(clock.instant(), RIYADH), 0, text("specimen.subject", locale)),
				body, new SignatureBlock(text("specimen.job", locale), text("specimen.name", locale), null, null, false),
				null, true,
				new DocumentMetadata(text("specimen.subject", locale), text("specimen.name", locale), clock.instant()));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage("letterhead." + key, null, locale);
	}
}
