package dev.katib.documents.docx;

import static dev.katib.documents.DocumentCorpus.ARABIC_PARAGRAPH;
import static dev.katib.documents.DocumentCorpus.NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFont;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFontRel;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FontsDocument;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.unit.DataSize;

import dev.katib.documents.DocumentCorpus;
import dev.katib.documents.DocumentDates;
import dev.katib.documents.DocumentDescription;
import dev.katib.documents.RenderedDocument;
import dev.katib.documents.WordDocumentRenderer;
import dev.katib.documents.layout.DocumentsProperties;

class DocxRenderingTests {

	private final WordDocumentRenderer renderer = new DocxDocumentRenderer(new DocumentDates(),
			new DocumentsProperties(0, DataSize.ofMegabytes(64), DataSize.ofMegabytes(1), 0));

	@Test
	void arabicParagraphsAreRightToLeftAndTheirArabicRunsToo() throws IOException {
		try (XWPFDocument word = docx(DocumentCorpus.arabicLetter())) {
			XWPFParagraph body = paragraphHolding(word, "نفيدكم");

			assertThat(body.getCTP().getPPr().isSetBidi()).isTrue();
			assertThat(body.getText()).isEqualTo(ARABIC_PARAGRAPH);
			assertThat(runHolding(body, "نفيدكم").getCTR().getRPr().sizeOfRtlArray()).isOne();
			assertThat(runHolding(body, "Project Management").getCTR().getRPr().sizeOfRtlArray()).isZero();
			assertThat(runHolding(body, "نفيدكم").getCTR().getRPr().getRFontsArray(0).getCs()).isEqualTo("Amiri");
		}
	}

	@Test
	void carriesTheSameNumberAndDatesAsThePdf() throws IOException {
		try (XWPFDocument word = docx(DocumentCorpus.arabicLetter())) {
			assertThat(paragraphHolding(word, "الرقم").getText()).isEqualTo("الرقم: " + NUMBER);
			assertThat(paragraphHolding(word, "التاريخ").getText()).isEqualTo("التاريخ: ١ رمضان ١٤٤٦هـ");
			assertThat(paragraphHolding(word, "الموافق").getText()).isEqualTo("الموافق: ١ مارس ٢٠٢٥م");
			assertThat(runHolding(paragraphHolding(word, "الرقم"), NUMBER).getCTR().getRPr().sizeOfRtlArray()).isZero();
		}
	}

	@Test
	void englishParagraphsStayLeftToRight() throws IOException {
		try (XWPFDocument word = docx(DocumentCorpus.englishLetter())) {
			XWPFParagraph body = paragraphHolding(word, "We are pleased");

			assertThat(body.getCTP().getPPr().isSetBidi()).isFalse();
			assertThat(paragraphHolding(word, "Ref.").getText()).isEqualTo("Ref.: " + NUMBER);
		}
	}

	@Test
	void arabicTablesAreMirroredByWord() throws IOException {
		try (XWPFDocument word = docx(DocumentCorpus.arabicWithTable())) {
			XWPFTable table = word.getTables().stream().filter(t -> t.getText().contains("الجهاز")).findFirst().orElseThrow();

			assertThat(table.getCTTbl().getTblPr().isSetBidiVisual()).isTrue();
			assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("الجهاز");
		}
	}

	@Test
	void letterheadNamesAndFooterLinesAreInHeaderAndFooter() throws IOException {
		try (XWPFDocument word = docx(DocumentCorpus.arabicLetter())) {
			String header = word.getHeaderList().stream().map(h -> h.getText()).reduce("", String::concat);
			String footer = word.getFooterList().stream().map(f -> f.getText()).reduce("", String::concat);

			assertThat(header).contains("جمعية الكاتب الخيرية").contains("Katib Charitable Society");
			assertThat(footer).contains("www.katib.example").contains("صفحة");
			assertThat(word.getHeaderList()).anySatisfy(h -> assertThat(h.getAllPictures()).hasSize(1));
			assertThat(word.getAllPictures()).as("signature and QR code").hasSize(2);
		}
	}

	@Test
	void recordsTitleAndAuthor() throws IOException {
		try (XWPFDocument word = docx(DocumentCorpus.arabicLetter())) {
			assertThat(word.getProperties().getCoreProperties().getTitle()).isEqualTo(DocumentCorpus.ARABIC_SUBJECT);
			assertThat(word.getProperties().getCoreProperties().getCreator()).isEqualTo("جمعية الكاتب الخيرية");
		}
	}

	@Test
	void carriesItsFontsSoThatAMachineWithoutAmiriShowsTheSameLetters() throws Exception {
		RenderedDocument rendered = renderer.docx(DocumentCorpus.arabicLetter(), DocumentCorpus.letterhead());
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(rendered.content()))) {
			PackagePart document = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT).get(0);
			PackagePart fontTable = document.getRelatedPart(
					document.getRelationshipsByType(WordFonts.FONT_TABLE_TYPE).getRelationship(0));
			CTFont font = FontsDocument.Factory.parse(fontTable.getInputStream()).getFonts().getFontArray(0);

			assertThat(font.getName()).isEqualTo("Amiri");
			assertThat(embedded(fontTable, font.getEmbedRegular())).isEqualTo(bundled("Amiri-Regular.ttf"));
			assertThat(embedded(fontTable, font.getEmbedBold())).isEqualTo(bundled("Amiri-Bold.ttf"));
			assertThat(fontTable.getRelatedPart(fontTable.getRelationship(font.getEmbedRegular().getId())).getContentType())
				.isEqualTo(WordFonts.OBFUSCATED_FONT);
		}
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(rendered.content()))) {
			assertThat(word.getSettings().getCTSettings().isSetEmbedTrueTypeFonts()).isTrue();
		}
	}

	@Test
	void theSameLetterIsWrittenWithTheSamePartsTwice() throws IOException {
		var first = new DocxDocumentRenderer(new DocumentDates(), new DocumentsProperties(0, DataSize.ofMegabytes(64),
				DataSize.ofMegabytes(1), 0)).docx(DocumentCorpus.arabicLetter(), DocumentCorpus.letterhead());
		var second = renderer.docx(DocumentCorpus.arabicLetter(), DocumentCorpus.letterhead());

		// the zip entries carry the time they were written; what they hold, the embedded fonts included, is the same
		assertThat(parts(second.content())).isEqualTo(parts(first.content()));
	}

	private static java.util.Map<String, String> parts(byte[] docx) throws IOException {
		java.util.Map<String, String> parts = new java.util.TreeMap<>();
		try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(docx))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				parts.put(entry.getName(), java.util.HexFormat.of().formatHex(
						java.security.MessageDigest.getInstance("SHA-256").digest(zip.readAllBytes())));
			}
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		return parts;
	}

	private static byte[] embedded(PackagePart fontTable, CTFontRel reference) throws Exception {
		PackagePart font = fontTable.getRelatedPart(fontTable.getRelationship(reference.getId()));
		try (InputStream in = font.getInputStream()) {
			return WordFonts.obfuscate(in.readAllBytes(), reference.getFontKey());
		}
	}

	private static byte[] bundled(String file) throws IOException {
		try (InputStream in = new ClassPathResource("fonts/" + file).getInputStream()) {
			return in.readAllBytes();
		}
	}

	private XWPFDocument docx(DocumentDescription document) throws IOException {
		RenderedDocument rendered = renderer.docx(document, DocumentCorpus.letterhead());
		assertThat(rendered.mediaType()).isEqualTo(RenderedDocument.DOCX);
		return new XWPFDocument(new ByteArrayInputStream(rendered.content()));
	}

	private static XWPFParagraph paragraphHolding(XWPFDocument word, String text) {
		List<IBodyElement> elements = word.getBodyElements();
		return elements.stream()
			.filter(XWPFParagraph.class::isInstance)
			.map(XWPFParagraph.class::cast)
			.filter(p -> p.getText().contains(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No paragraph holds " + text));
	}

	private static XWPFRun runHolding(XWPFParagraph paragraph, String text) {
		return paragraph.getRuns()
			.stream()
			.filter(r -> r.text().contains(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No run holds " + text));
	}
}
