package dev.katib.archive.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import dev.katib.documents.DocumentCorpus;
import dev.katib.documents.pdf.Renderers;

/** Documents made in memory as people send them: rendered letters, Word files, text in old encodings. */
final class DocumentFiles {

	static final String ARABIC_PROSE = "محضر اجتماع لجنة المشتريات\nناقشت اللجنة عروض توريد أجهزة الحاسب للمدرسة وقررت الترسية على المورد الأقل سعرًا.\n";

	private DocumentFiles() {
	}

	/** The corpus's Arabic letter as Katib renders it: shaped glyphs, right to left, with Latin runs. */
	static byte[] renderedArabicLetter() {
		return Renderers.pdf(0).pdf(DocumentCorpus.arabicLetter(), DocumentCorpus.letterhead()).content();
	}

	static byte[] renderedEnglishLetter() {
		return Renderers.pdf(0).pdf(DocumentCorpus.englishLetter(), DocumentCorpus.letterhead()).content();
	}

	static byte[] text(String text, String charset) {
		return text.getBytes(Charset.forName(charset));
	}

	static byte[] textWithBom(String text, String charset) {
		return ("\uFEFF" + text).getBytes(Charset.forName(charset));
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] docx(String... paragraphs) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String paragraph : paragraphs) {
				document.createParagraph().createRun().setText(paragraph);
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] xlsx() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("a cell");
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
