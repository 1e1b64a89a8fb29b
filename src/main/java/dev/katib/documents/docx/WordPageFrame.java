package dev.katib.documents.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import dev.katib.documents.DocumentDescription;
import dev.katib.documents.Letterhead;
import dev.katib.documents.Margins;
import dev.katib.documents.layout.Labels;
import dev.katib.documents.layout.TextRuns;

/**
 * The letterhead in Word: page size and margins, a header with the organisation's names and logo, a
 * footer with its lines and "صفحة X من Y" from Word's own page fields, and the DRAFT watermark.
 */
final class WordPageFrame {

	private static final double TWIPS_PER_MM = 1440 / 25.4;

	private WordPageFrame() {
	}

	static void apply(XWPFDocument word, DocumentDescription document, Letterhead letterhead) {
		CTSectPr section = word.getDocument().getBody().isSetSectPr() ? word.getDocument().getBody().getSectPr()
				: word.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(twips(letterhead.pageSize().widthMm()));
		size.setH(twips(letterhead.pageSize().heightMm()));
		Margins margins = letterhead.margins();
		CTPageMar pageMargins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		pageMargins.setTop(twips(margins.topMm()));
		pageMargins.setBottom(twips(margins.bottomMm()));
		pageMargins.setLeft(twips(margins.leftMm()));
		pageMargins.setRight(twips(margins.rightMm()));
		pageMargins.setHeader(twips(8));
		pageMargins.setFooter(twips(8));
		if (document.language().rightToLeft()) {
			section.addNewBidi();
		}
		XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(word, section);
		if (document.draft()) {
			policy.createWatermark(Labels.of(document.language()).draft());
		}
		XWPFHeader header = policy.getDefaultHeader() != null ? policy.getDefaultHeader()
				: policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT);
		header(header, letterhead);
		footer(policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT), document, letterhead);
	}

	private static void header(XWPFHeader header, Letterhead letterhead) {
		XWPFTable table = header.createTable(1, 3);
		table.removeBorders();
		table.setWidth("100%");
		XWPFTableCell english = table.getRow(0).getCell(0);
		XWPFParagraph englishName = english.getParagraphs().getFirst();
		englishName.setAlignment(ParagraphAlignment.LEFT);
		WordText.append(englishName, letterhead.englishName(), false, 13, true, letterhead.primaryColour());
		XWPFParagraph logo = table.getRow(0).getCell(1).getParagraphs().getFirst();
		logo.setAlignment(ParagraphAlignment.CENTER);
		if (letterhead.logo() != null) {
			WordPictures.add(logo.createRun(), letterhead.logo().bytes(), "logo", 35,
					Math.max(8, letterhead.margins().topMm() - 14));
		}
		XWPFParagraph arabicName = table.getRow(0).getCell(2).getParagraphs().getFirst();
		WordText.direction(arabicName, true);
		arabicName.setAlignment(ParagraphAlignment.START);
		WordText.append(arabicName, letterhead.arabicName(), true, 13, true, letterhead.primaryColour());
	}

	private static void footer(XWPFFooter footer, DocumentDescription document, Letterhead letterhead) {
		boolean rtl = document.language().rightToLeft();
		for (String line : letterhead.footerLines()) {
			XWPFParagraph paragraph = footer.createParagraph();
			boolean lineRtl = TextRuns.startsRightToLeft(line, rtl);
			WordText.direction(paragraph, lineRtl);
			paragraph.setAlignment(ParagraphAlignment.CENTER);
			WordText.append(paragraph, line, lineRtl, 8.5, false, letterhead.accentColour());
		}
		Labels labels = Labels.of(document.language());
		XWPFParagraph pages = footer.createParagraph();
		WordText.direction(pages, rtl);
		pages.setAlignment(ParagraphAlignment.CENTER);
		WordText.append(pages, labels.page() + " ", rtl, 8.5, false, letterhead.accentColour());
		field(pages, "PAGE", rtl, letterhead.accentColour());
		WordText.append(pages, " " + labels.of() + " ", rtl, 8.5, false, letterhead.accentColour());
		field(pages, "NUMPAGES", rtl, letterhead.accentColour());
	}

	private static void field(XWPFParagraph paragraph, String instruction, boolean rtl, String colour) {
		var field = paragraph.getCTP().addNewFldSimple();
		field.setInstr(instruction + " \\* MERGEFORMAT");
		var run = field.addNewR();
		run.addNewT().setStringValue("1");
		var properties = run.addNewRPr();
		var fonts = properties.addNewRFonts();
		fonts.setAscii(WordText.FONT);
		fonts.setHAnsi(WordText.FONT);
		fonts.setCs(WordText.FONT);
		properties.addNewColor().setVal(colour.substring(1));
		properties.addNewSz().setVal(BigInteger.valueOf(17));
		properties.addNewSzCs().setVal(BigInteger.valueOf(17));
		if (rtl) {
			properties.addNewRtl();
		}
	}

	private static BigInteger twips(double mm) {
		return BigInteger.valueOf(Math.round(mm * TWIPS_PER_MM));
	}
}
