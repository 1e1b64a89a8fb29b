package dev.katib.documents.pdf;

import java.util.Locale;

import dev.katib.documents.DigitStyle;
import dev.katib.documents.DocumentDescription;
import dev.katib.documents.Letterhead;
import dev.katib.documents.Margins;
import dev.katib.documents.layout.Labels;
import dev.katib.documents.layout.TextRuns;

/**
 * The letterhead around the content of every page: the page box and style sheet, the running header
 * with the logo and the organisation's names, and the running footer with its lines and the page
 * number ("صفحة ١ من ٢").
 */
final class PageFrame {

	/** The watermark's light red: a colour no black or letterhead-coloured text blends into. */
	static final int WATERMARK_RGB = 0xF4C7C7;

	static final String FONT_FAMILY = "'" + FontFaces.FAMILY + "'";

	private PageFrame() {
	}

	static void styles(Markup out, DocumentDescription document, Letterhead letterhead) {
		Margins margins = letterhead.margins();
		boolean rtl = document.language().rightToLeft();
		Labels labels = Labels.of(document.language());
		String counterStyle = document.digits() == DigitStyle.ARABIC_INDIC ? "arabic-indic" : "decimal";
		String start = rtl ? "right" : "left";
		String end = rtl ? "left" : "right";
		out.raw("<style>\n")
			.raw(String.format(Locale.ROOT, "@page { size: %.1fmm %.1fmm; margin: %dmm %dmm %dmm %dmm;",
					letterhead.pageSize().widthMm(), letterhead.pageSize().heightMm(), margins.topMm(),
					margins.rightMm(), margins.bottomMm(), margins.leftMm()))
			.raw(" @top-center { content: element(letterhead); vertical-align: bottom; padding-bottom: 3mm; }")
			.raw(" @bottom-center { content: element(footer); vertical-align: top; padding-top: 2mm; } }\n")
			.raw("body { font-family: " + FONT_FAMILY + "; font-size: 13pt; line-height: 1.55; color: #1a1a1a;")
			.raw(" direction: " + (rtl ? "rtl" : "ltr") + "; text-align: " + start + "; margin: 0; }\n")
			.raw(".letterhead { position: running(letterhead); width: 100%; border-bottom: 1.2pt solid "
					+ letterhead.primaryColour() + "; }\n")
			.raw(".letterhead table { width: 100%; border-collapse: collapse; direction: ltr; }\n")
			.raw(".letterhead td { vertical-align: middle; padding: 0 0 2mm 0; }\n")
			.raw(".org { font-size: 14pt; font-weight: bold; line-height: 1.3; color: " + letterhead.primaryColour()
					+ "; }\n")
			.raw(".org-en { text-align: left; direction: ltr; width: 40%; }\n")
			.raw(".org-ar { text-align: right; direction: rtl; width: 40%; }\n")
			.raw(".logo { text-align: center; width: 20%; }\n")
			.raw(".logo img { max-height: " + Math.max(8, margins.topMm() - 14) + "mm; max-width: 40mm; }\n")
			.raw(".footer { position: running(footer); width: 100%; text-align: center; font-size: 8.5pt;")
			.raw(" line-height: 1.35; color: " + letterhead.accentColour() + "; border-top: 0.8pt solid "
					+ letterhead.primaryColour() + "; padding-top: 1mm; }\n")
			.raw(".page-number::after { content: counter(page, " + counterStyle + "); }\n")
			.raw(".page-count::after { content: counter(pages, " + counterStyle + "); }\n")
			.raw(".meta { margin: 0; line-height: 1.45; }\n")
			.raw(".label { color: " + letterhead.accentColour() + "; font-weight: bold; }\n")
			.raw(".subject { font-weight: bold; margin: 2mm 0 5mm 0; }\n")
			.raw("p { margin: 0 0 3mm 0; text-align: " + start + "; }\n")
			.raw(".line { margin: 0 0 3mm 0; }\n")
			.raw(".start { text-align: " + start + "; } .centre { text-align: center; } .end { text-align: " + end
					+ "; }\n")
			.raw(".bold { font-weight: bold; }\n")
			.raw(".addressee { width: 100%; border-collapse: collapse; direction: ltr; margin: 0 0 3mm 0; }\n")
			.raw(".addressee td { padding: 0; font-weight: bold; }\n")
			.raw(".cell-ar { direction: rtl; text-align: right; } .cell-en { direction: ltr; text-align: left; }\n")
			.raw(".far-ar { direction: rtl; text-align: left; } .far-en { direction: ltr; text-align: right; }\n")
			.raw(".grid { width: 100%; border-collapse: collapse; direction: ltr; margin: 2mm 0 4mm 0;"
					+ " font-size: 11.5pt; -fs-table-paginate: paginate; }\n")
			.raw(".grid th, .grid td { border: 0.6pt solid #8a8a8a; padding: 1mm 2mm; text-align: " + start
					+ "; direction: " + (rtl ? "rtl" : "ltr") + "; }\n")
			.raw(".grid th { background-color: #f1f1f1; }\n")
			.raw(".signature { margin-top: 8mm; width: 45%; margin-" + start + ": 55%; text-align: center;"
					+ " page-break-inside: avoid; }\n")
			.raw(".signature img { max-height: 22mm; max-width: 45mm; margin: 1mm 2mm; }\n")
			.raw(".electronic { font-size: 9pt; color: #555555; }\n")
			.raw(".verification { margin-top: 6mm; page-break-inside: avoid; font-size: 9pt; color: #333333; }\n")
			.raw(".verification img { width: 24mm; height: 24mm; }\n")
			.raw(".watermark { position: fixed; top: 95mm; left: 0; width: 100%; text-align: center;")
			.raw(" font-size: 130pt; font-weight: bold; color: #" + Integer.toHexString(WATERMARK_RGB) + "; z-index: -1;"
					+ " transform: rotate(-35deg); }\n")
			.raw("</style>\n");
	}

	static void header(Markup out, Letterhead letterhead, OfflineResources resources) {
		out.raw("<div class=\"letterhead\"><table><tr>");
		out.raw("<td class=\"org org-en\">").text(letterhead.englishName()).raw("</td>");
		out.raw("<td class=\"logo\">");
		if (letterhead.logo() != null) {
			out.raw("<img src=\"").attribute(resources.add("logo", letterhead.logo().bytes())).raw("\" alt=\"\"/>");
		}
		out.raw("</td>");
		out.raw("<td class=\"org org-ar\">").text(letterhead.arabicName()).raw("</td>");
		out.raw("</tr></table></div>\n");
	}

	/** Footer lines take the direction of their own first letter: an English line in an Arabic document. */
	static void footer(Markup out, DocumentDescription document, Letterhead letterhead) {
		Labels labels = Labels.of(document.language());
		out.raw("<div class=\"footer\">");
		for (String line : letterhead.footerLines()) {
			boolean rtl = TextRuns.startsRightToLeft(line, document.language().rightToLeft());
			out.raw("<div dir=\"" + (rtl ? "rtl" : "ltr") + "\">").text(line, rtl).raw("</div>");
		}
		out.raw("<div>").text(labels.page() + " ").raw("<span class=\"page-number\"></span>").text(" " + labels.of() + " ")
			.raw("<span class=\"page-count\"></span></div></div>\n");
	}
}
