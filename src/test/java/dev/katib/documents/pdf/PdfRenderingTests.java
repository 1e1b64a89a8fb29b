package dev.katib.documents.pdf;

import static dev.katib.documents.DocumentCorpus.ARABIC_CLOSING;
import static dev.katib.documents.DocumentCorpus.ARABIC_PARAGRAPH;
import static dev.katib.documents.DocumentCorpus.ARABIC_SUBJECT;
import static dev.katib.documents.DocumentCorpus.BASMALA;
import static dev.katib.documents.DocumentCorpus.ENGLISH_PARAGRAPH;
import static dev.katib.documents.DocumentCorpus.NUMBER;
import static java.util.Comparator.comparingDouble;
import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import dev.katib.documents.BodyBlock;
import dev.katib.documents.BodyBlock.Paragraph;
import dev.katib.documents.DocumentCorpus;
import dev.katib.documents.DocumentDescription;
import dev.katib.documents.DocumentLanguage;
import dev.katib.documents.DocumentRenderer;
import dev.katib.documents.Letterhead;
import dev.katib.documents.pdf.PdfReading.Glyph;
import dev.katib.platform.KatibException;

class PdfRenderingTests {

	private static final float DPI = 100;

	private final DocumentRenderer renderer = Renderers.pdf(0);

	private final Letterhead letterhead = DocumentCorpus.letterhead();

	@Test
	void arabicLetterReadsBackInLogicalOrderWithNumbersAndLatinWordsInPlace() {
		String text = PdfReading.flowingText(pdf(DocumentCorpus.arabicLetter()));

		assertThat(text).contains(BASMALA)
			.contains(ARABIC_PARAGRAPH)
			.contains(ARABIC_CLOSING)
			.contains("الموضوع: " + ARABIC_SUBJECT)
			.contains("سعادة مدير إدارة المرافق")
			.contains("سلمه الله");
	}

	@Test
	void letterNumberKeepsItsReadingOrderLeftOfItsArabicLabel() {
		List<Glyph> line = PdfReading.glyphs(pdf(DocumentCorpus.arabicLetter()))
			.stream()
			.filter(g -> g.words().contains("الرقم"))
			.toList();
		List<Glyph> number = line.stream().filter(g -> g.text().matches("[A-Z0-9/]")).toList();
		List<Glyph> label = line.stream().filter(g -> g.text().matches("\\p{IsArabic}+")).toList();

		assertThat(number.stream().sorted(comparingDouble(Glyph::xMm)).map(Glyph::text).collect(joining()))
			.isEqualTo(NUMBER);
		assertThat(number.stream().mapToDouble(Glyph::xMm).max().orElseThrow())
			.isLessThan(label.stream().mapToDouble(Glyph::xMm).min().orElseThrow());
	}

	@Test
	void addresseeStartsOnTheRightAndItsPrayerPhraseSitsAtTheFarLeft() {
		List<Glyph> glyphs = PdfReading.glyphs(pdf(DocumentCorpus.arabicLetter()));

		assertThat(PdfReading.leftOf(glyphs, "سعادة مدير إدارة المرافق")).isGreaterThan(120);
		assertThat(PdfReading.leftOf(glyphs, "سلمه الله")).isLessThan(25);
	}

	@Test
	void printsHijriAndGregorianDatesInArabicIndicDigits() {
		String text = PdfReading.flowingText(pdf(DocumentCorpus.arabicLetter()));

		assertThat(text).contains(PdfReading.readable("التاريخ: ١ رمضان ١٤٤٦هـ"))
			.contains("الموافق: ١ مارس ٢٠٢٥م")
			.contains("المرفقات: ٢");
	}

	@Test
	void englishLetterReadsBackAsWrittenWithItsArabicPhrase() {
		String text = PdfReading.flowingText(pdf(DocumentCorpus.englishLetter()));

		assertThat(text).contains(ENGLISH_PARAGRAPH)
			.contains("Ref.: " + NUMBER)
			.contains("Date (Hijri): 1 Ramadan 1446 AH")
			.contains("Date: 1 March 2025")
			.contains("Page 1 of 1");
	}

	@Test
	void footerKeepsPhoneAndEmailAfterTheirLabelsAndPrintsNoAttachmentsLineWhenThereAreNone() {
		String arabicFooter = "الرياض، طريق الملك فهد — هاتف: 0112345678 — البريد: info@katib.example";
		String englishFooter = "Riyadh, King Fahd Road — Tel: +966 11 234 5678 — info@katib.example";
		Letterhead footed = new Letterhead(letterhead.id(), letterhead.tenantId(), letterhead.version(),
				letterhead.arabicName(), letterhead.englishName(), letterhead.logo(), letterhead.primaryColour(),
				letterhead.accentColour(), List.of(arabicFooter, englishFooter), letterhead.margins(),
				letterhead.pageSize());
		byte[] pdf = renderer.pdf(DocumentCorpus.plain(DocumentLanguage.ARABIC, List.of(new Paragraph("نص"))), footed)
			.content();

		String text = PdfReading.text(pdf);
		assertThat(text).contains(arabicFooter).contains(englishFooter).doesNotContain("المرفقات");
	}

	@Test
	void embedsTheArabicFont() {
		assertThat(PdfReading.embeddedFonts(pdf(DocumentCorpus.arabicLetter())))
			.anySatisfy(font -> assertThat(font).contains("Amiri"));
	}

	@Test
	void longLetterRunsToTwoPagesNumberedInArabic() {
		byte[] pdf = pdf(DocumentCorpus.twoPageArabic());

		assertThat(PdfReading.pages(pdf)).isEqualTo(2);
		assertThat(PdfReading.flowingText(pdf)).contains(ARABIC_PARAGRAPH + " " + ARABIC_PARAGRAPH);
		assertThat(PdfReading.text(pdf, 1, 1)).contains("صفحة ١ من ٢");
		assertThat(PdfReading.text(pdf, 2, 2)).contains("صفحة ٢ من ٢");
	}

	@Test
	void arabicTableIsMirroredSoItsFirstColumnIsOnTheRight() {
		List<Glyph> glyphs = PdfReading.glyphs(pdf(DocumentCorpus.arabicWithTable()));

		assertThat(PdfReading.leftOf(glyphs, "الجهاز")).isGreaterThan(PdfReading.leftOf(glyphs, "العدد"));
		assertThat(PdfReading.leftOf(glyphs, "العدد")).isGreaterThan(PdfReading.leftOf(glyphs, "ملاحظات"));
		assertThat(PdfReading.leftOf(glyphs, "حاسب محمول")).isGreaterThan(PdfReading.leftOf(glyphs, "Windows 11"));
	}

	@Test
	void arabicLinesEndAtTheRightMarginAndEnglishLinesStartAtTheLeft() {
		TextLines arabic = bodyLines(pdf(DocumentCorpus.plain(DocumentLanguage.ARABIC,
				Collections.nCopies(3, new Paragraph(ARABIC_PARAGRAPH)))));
		TextLines english = bodyLines(pdf(DocumentCorpus.plain(DocumentLanguage.ENGLISH,
				Collections.nCopies(3, new Paragraph(ENGLISH_PARAGRAPH)))));

		int rightMargin = millimetres(210 - 20);
		int leftMargin = millimetres(20);
		assertThat(arabic.lines()).hasSizeGreaterThan(8)
			.allSatisfy(line -> assertThat(line.right()).isBetween(rightMargin - 4, rightMargin + 1));
		assertThat(arabic.lines()).anySatisfy(line -> assertThat(line.left()).isGreaterThan(leftMargin + 100));
		assertThat(english.lines()).hasSizeGreaterThan(8)
			.allSatisfy(line -> assertThat(line.left()).isBetween(leftMargin - 1, leftMargin + 4));
		assertThat(english.lines()).anySatisfy(line -> assertThat(line.right()).isLessThan(rightMargin - 100));
	}

	@Test
	void draftCarriesAWatermarkOnEveryPageAndTheApprovedLetterNone() {
		byte[] draft = pdf(DocumentCorpus.twoPageArabic());
		byte[] approved = pdf(DocumentCorpus.arabic(DocumentCorpus.twoPageArabic().body(), false));

		assertThat(watermarkPixels(draft, 0)).isGreaterThan(1_000);
		assertThat(watermarkPixels(draft, 1)).isGreaterThan(1_000);
		assertThat(watermarkPixels(approved, 0)).isZero();
		assertThat(watermarkPixels(approved, 1)).isZero();
	}

	@Test
	void recordsTitleAuthorAndLanguage() throws Exception {
		try (PDDocument document = PdfReading.open(pdf(DocumentCorpus.arabicLetter()))) {
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo(ARABIC_SUBJECT);
			assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("جمعية الكاتب الخيرية");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ar");
			assertThat(document.getDocumentInformation().getCreationDate().toInstant())
				.isEqualTo(DocumentCorpus.arabicLetter().metadata().created());
		}
	}

	@Test
	void printsTheVerificationCodeBesideTheQrCode() {
		String text = PdfReading.flowingText(pdf(DocumentCorpus.arabicLetter()));

		assertThat(text).contains("K7QX-2M9P").contains("رمز التحقق").contains("https://katib.example/verify/K7QX-2M9P");
	}

	@Test
	void sameInputGivesTheSameBytes() {
		assertThat(pdf(DocumentCorpus.arabicLetter())).isEqualTo(pdf(DocumentCorpus.arabicLetter()));
	}

	@Test
	void userTextThatLooksLikeMarkupIsPrintedAsText() {
		String markup = "<b>bold</b> & <script>alert(1)</script> </p></body>";
		String text = PdfReading.flowingText(pdf(DocumentCorpus.arabic(List.of(new Paragraph(markup)), false)));

		assertThat(text).contains("<b>bold</b> & <script>alert(1)</script> </p></body>");
	}

	@Test
	void refusesADocumentBeyondTheSizeLimits() {
		List<BodyBlock> huge = Collections.nCopies(600, new Paragraph("نص"));

		assertThatThrownBy(() -> pdf(DocumentCorpus.arabic(huge, false))).isInstanceOf(KatibException.class)
			.hasMessageContaining("500 blocks");
	}

	private byte[] pdf(DocumentDescription document) {
		return renderer.pdf(document, letterhead).content();
	}

	/** The text rows below the header block and above the footer. */
	private static TextLines bodyLines(byte[] pdf) {
		return TextLines.of(PdfReading.page(pdf, 0, DPI), millimetres(75), millimetres(297 - 30));
	}

	private static int watermarkPixels(byte[] pdf, int page) {
		return TextLines.pixelsOfColour(PdfReading.page(pdf, page, 50), PageFrames.WATERMARK_RGB, 6);
	}

	private static int millimetres(double mm) {
		return (int) Math.round(mm / 25.4 * DPI);
	}
}
