package dev.katib.documents.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

import dev.katib.documents.Alignment;
import dev.katib.documents.layout.TextRun;
import dev.katib.documents.layout.TextRuns;

/**
 * Writes text into Word paragraphs the way Word expects Arabic: the paragraph marked right-to-left
 * (bidi), Arabic runs marked rtl with their complex-script font and size, and Latin words or numbers
 * such as {@code OUT/1448/000123} in runs of their own that are not.
 */
final class WordText {

	static final String FONT = "Amiri";

	private WordText() {
	}

	static void direction(XWPFParagraph paragraph, boolean rtl) {
		var properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
		if (rtl && !properties.isSetBidi()) {
			properties.addNewBidi();
		}
	}

	static void align(XWPFParagraph paragraph, Alignment alignment) {
		paragraph.setAlignment(switch (alignment) {
			case START -> ParagraphAlignment.START;
			case CENTRE -> ParagraphAlignment.CENTER;
			case END -> ParagraphAlignment.END;
		});
	}

	/** Appends text, split into runs by direction, in the given size (points) and weight. */
	static void append(XWPFParagraph paragraph, String text, boolean rtl, double points, boolean bold,
			String colour) {
		for (TextRun piece : TextRuns.split(text, rtl)) {
			boolean runRtl = rtl != piece.isolated();
			XWPFRun run = paragraph.createRun();
			run.setText(piece.text());
			style(run, runRtl, points, bold, colour);
		}
	}

	static void style(XWPFRun run, boolean rtl, double points, boolean bold, String colour) {
		CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
		CTFonts fonts = properties.sizeOfRFontsArray() > 0 ? properties.getRFontsArray(0) : properties.addNewRFonts();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		BigInteger halfPoints = BigInteger.valueOf(Math.round(points * 2));
		properties.addNewSz().setVal(halfPoints);
		properties.addNewSzCs().setVal(halfPoints);
		if (bold) {
			properties.addNewB();
			properties.addNewBCs();
		}
		if (rtl) {
			properties.addNewRtl();
		}
		if (colour != null) {
			run.setColor(colour.substring(1));
		}
	}
}
