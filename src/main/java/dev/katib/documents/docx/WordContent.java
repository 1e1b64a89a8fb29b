package dev.katib.documents.docx;

import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import dev.katib.documents.Alignment;
import dev.katib.documents.BodyBlock;
import dev.katib.documents.DocumentDates;
import dev.katib.documents.DocumentDescription;
import dev.katib.documents.HeaderBlock;
import dev.katib.documents.Letterhead;
import dev.katib.documents.SignatureBlock;
import dev.katib.documents.Verification;
import dev.katib.documents.layout.Labels;
import dev.katib.documents.layout.QrCode;

/**
 * The body of the Word document, in the same order as the PDF: header block, body blocks, signature
 * and verification. Tables are written in reading order and marked visually right-to-left in Arabic,
 * so Word mirrors them itself.
 */
final class WordContent {

	private static final double BODY = 13;

	private final DocumentDates dates;

	WordContent(DocumentDates dates) {
		this.dates = dates;
	}

	void write(XWPFDocument word, DocumentDescription document, Letterhead letterhead) {
		boolean rtl = document.language().rightToLeft();
		Labels labels = Labels.of(document.language());
		header(word, document, labels, letterhead.accentColour());
		for (BodyBlock block : document.body()) {
			switch (block) {
				case BodyBlock.Paragraph p -> WordText.append(paragraph(word, rtl, Alignment.START), p.text(), rtl, BODY,
						false, null);
				case BodyBlock.Line l -> WordText.append(paragraph(word, rtl, l.alignment()), l.text(), rtl, BODY,
						l.emphasised(), null);
				case BodyBlock.AddresseeLine a -> addressee(word, a, rtl);
				case BodyBlock.Table t -> table(word, t.header(), t.rows(), rtl);
			}
		}
		if (document.signature() != null) {
			signature(word, document.signature(), labels, rtl);
		}
		if (document.verification() != null) {
			verification(word, document.verification(), labels, rtl, letterhead.accentColour());
		}
	}

	private void header(XWPFDocument word, DocumentDescription document, Labels labels, String accent) {
		boolean rtl = document.language().rightToLeft();
		HeaderBlock header = document.header();
		var day = header.issued().day();
		labelled(word, rtl, labels.number(),
				header.referenceNumber() == null ? labels.noNumber() : header.referenceNumber(), accent, false);
		labelled(word, rtl, labels.hijriDate(), dates.formatHijri(day, document.language(), document.digits()), accent,
				false);
		labelled(word, rtl, labels.gregorianDate(),
				dates.formatGregorian(day, document.language(), document.digits()), accent, false);
		if (header.attachments() > 0) {
			labelled(word, rtl, labels.attachments(), dates.number(header.attachments(), document.digits()), accent,
					false);
		}
		labelled(word, rtl, labels.subject(), header.subject(), accent, true);
	}

	private static void labelled(XWPFDocument word, boolean rtl, String label, String value, String accent,
			boolean bold) {
		XWPFParagraph paragraph = paragraph(word, rtl, Alignment.START);
		WordText.append(paragraph, label + ": ", rtl, BODY, true, accent);
		WordText.append(paragraph, value, rtl, BODY, bold, null);
	}

	private static XWPFParagraph paragraph(XWPFDocument word, boolean rtl, Alignment alignment) {
		XWPFParagraph paragraph = word.createParagraph();
		WordText.direction(paragraph, rtl);
		WordText.align(paragraph, alignment);
		paragraph.setSpacingAfter(120);
		return paragraph;
	}

	private static void addressee(XWPFDocument word, BodyBlock.AddresseeLine line, boolean rtl) {
		XWPFTable table = word.createTable(1, line.farEnd() == null ? 1 : 2);
		table.removeBorders();
		table.setWidth("100%");
		visualDirection(table, rtl);
		cell(table.getRow(0).getCell(0), line.addressee(), rtl, Alignment.START, true);
		if (line.farEnd() != null) {
			cell(table.getRow(0).getCell(1), line.farEnd(), rtl, Alignment.END, true);
		}
	}

	private static void table(XWPFDocument word, List<String> header, List<List<String>> rows, boolean rtl) {
		XWPFTable table = word.createTable(rows.size() + 1, header.size());
		table.setWidth("100%");
		visualDirection(table, rtl);
		fill(table.getRow(0), header, rtl, true);
		for (int i = 0; i < rows.size(); i++) {
			fill(table.getRow(i + 1), rows.get(i), rtl, false);
		}
		word.createParagraph();
	}

	private static void fill(XWPFTableRow row, List<String> cells, boolean rtl, boolean bold) {
		for (int i = 0; i < cells.size(); i++) {
			cell(row.getCell(i), cells.get(i), rtl, Alignment.START, bold);
		}
	}

	private static void cell(XWPFTableCell cell, String text, boolean rtl, Alignment alignment, boolean bold) {
		XWPFParagraph paragraph = cell.getParagraphs().getFirst();
		WordText.direction(paragraph, rtl);
		WordText.align(paragraph, alignment);
		WordText.append(paragraph, text, rtl, BODY, bold, null);
	}

	private static void visualDirection(XWPFTable table, boolean rtl) {
		if (rtl) {
			var properties = table.getCTTbl().getTblPr() != null ? table.getCTTbl().getTblPr()
					: table.getCTTbl().addNewTblPr();
			properties.addNewBidiVisual();
		}
	}

	private static void signature(XWPFDocument word, SignatureBlock signature, Labels labels, boolean rtl) {
		XWPFParagraph title = paragraph(word, rtl, Alignment.END);
		title.setSpacingBefore(480);
		WordText.append(title, signature.jobTitle(), rtl, BODY, true, null);
		if (signature.signature() != null || signature.stamp() != null) {
			XWPFParagraph images = paragraph(word, rtl, Alignment.END);
			if (signature.signature() != null) {
				WordPictures.add(images.createRun(), signature.signature().bytes(), "signature", 45, 22);
			}
			if (signature.stamp() != null) {
				WordPictures.add(images.createRun(), signature.stamp().bytes(), "stamp", 30, 25);
			}
		}
		WordText.append(paragraph(word, rtl, Alignment.END), signature.name(), rtl, BODY, true, null);
		if (signature.signedElectronically()) {
			WordText.append(paragraph(word, rtl, Alignment.END), labels.signedElectronically(), rtl, 9, false,
					"#555555");
		}
	}

	private static void verification(XWPFDocument word, Verification verification, Labels labels, boolean rtl,
			String accent) {
		XWPFParagraph qr = paragraph(word, rtl, Alignment.START);
		qr.setSpacingBefore(240);
		WordPictures.add(qr.createRun(), QrCode.png(verification.url().toString(), 12), "qr", 24, 24);
		labelled(word, rtl, labels.verificationCode(), verification.code(), accent, false);
		XWPFParagraph url = word.createParagraph();
		url.setAlignment(rtl ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
		WordText.append(url, verification.url().toString(), false, 9, false, null);
	}
}
