package dev.katib.archive.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Text of uploaded documents as Tika reads it, and the limits that keep a hostile document cheap. */
class TextExtractionTests {

	private final TextExtraction extraction = new TextExtraction();

	@Test
	void readsArabicFromALetterKatibRenderedSoThatSearchFindsItsWords() {
		TextExtraction.Extracted extracted = extraction.extract(ContentTypes.PDF, DocumentFiles.renderedArabicLetter());

		List<String> indexed = Arrays.asList(SearchTerms.indexText(extracted.text()).split(" "));
		for (String word : List.of("القاعة", "الرئيسة", "المتدربين", "المرافق", "السالم")) {
			assertThat(indexed).as(word).containsAll(SearchTerms.queryTerms(word));
		}
		assertThat(indexed).contains("project", "management");
		assertThat(extracted.metadata()).containsEntry("pages", "1");
	}

	@Test
	void readsTheParagraphsOfAWordDocument() {
		TextExtraction.Extracted extracted = extraction.extract(ContentTypes.DOCX,
				DocumentFiles.docx("خطة العمل للربع الأول", "تتضمن الخطة ثلاث مراحل"));

		assertThat(extracted.text()).contains("خطة العمل للربع الأول").contains("تتضمن الخطة ثلاث مراحل");
		assertThat(extracted.metadata()).containsEntry("paragraphs", "2");
	}

	@Test
	void readsPlainTextInEachEncodingPeopleSaveIn() {
		for (byte[] file : List.of(DocumentFiles.utf8(DocumentFiles.ARABIC_PROSE),
				DocumentFiles.textWithBom(DocumentFiles.ARABIC_PROSE, "UTF-8"),
				DocumentFiles.textWithBom(DocumentFiles.ARABIC_PROSE, "UTF-16LE"),
				DocumentFiles.textWithBom(DocumentFiles.ARABIC_PROSE, "UTF-16BE"),
				DocumentFiles.text(DocumentFiles.ARABIC_PROSE, "windows-1256"))) {
			assertThat(extraction.extract(ContentTypes.TEXT, file).text().strip())
				.isEqualTo(DocumentFiles.ARABIC_PROSE.strip());
		}
		assertThat(extraction.extract(ContentTypes.TEXT,
				DocumentFiles.text("Procès-verbal de la réunion à Besançon", "windows-1252")).text())
			.contains("Procès-verbal de la réunion à Besançon");
	}

	@Test
	void keepsOnlyTheFirstCharactersOfALongDocument() {
		String longText = "word ".repeat(10_000);
		TextExtraction small = new TextExtraction(1_000, TextExtraction.MAX_BYTES, TextExtraction.MAX_TIME);

		String text = small.extract(ContentTypes.TEXT, DocumentFiles.utf8(longText)).text();

		assertThat(text).hasSize(1_000);
		assertThat(longText).startsWith(text);
	}

	@Test
	void leavesTheTextOfTooLargeOrTooSlowDocumentsOut() {
		byte[] document = DocumentFiles.docx("نص الوثيقة");

		assertThat(new TextExtraction(1_000, document.length - 1, TextExtraction.MAX_TIME)
			.extract(ContentTypes.DOCX, document)).isEqualTo(TextExtraction.Extracted.NOTHING);
		assertThat(new TextExtraction(1_000, TextExtraction.MAX_BYTES, Duration.ZERO).extract(ContentTypes.DOCX, document))
			.isEqualTo(TextExtraction.Extracted.NOTHING);
	}

	@Test
	void keepsABrokenDocumentWithoutText() {
		byte[] truncated = Arrays.copyOf(DocumentFiles.renderedEnglishLetter(), 400);

		assertThat(extraction.extract(ContentTypes.PDF, truncated).text()).isEmpty();
	}
}
