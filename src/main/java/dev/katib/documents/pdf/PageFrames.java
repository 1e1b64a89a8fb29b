package dev.katib.documents.pdf;

import java.util.ArrayList;
import java.util.List;

import dev.katib.documents.DocumentDescription;
import dev.katib.documents.Letterhead;
import dev.katib.documents.layout.Labels;
import dev.katib.documents.layout.TextRuns;

/**
 * What every page carries around its content: the watermark of a draft, the letterhead's running
 * header (English name on the left, logo in the middle, Arabic name on the right, over a rule in the
 * primary colour) and its footer (the footer lines, each in its own direction, and the centred page
 * number «صفحة ١ من ٢»).
 */
final class PageFrames {

	/** The watermark's light red: a colour no black or letterhead-coloured text blends into. */
	static final int WATERMARK_RGB = 0xF4C7C7;

	private static final float NAME_SIZE = 14f;
	private static final float FOOTER_SIZE = 8.5f;
	private static final float FOOTER_LEADING = 1.35f;

	private final Setting setting;

	PageFrames(Setting setting) {
		this.setting = setting;
	}

	/** Drawn first, under the content. */
	List<Ink> watermark() {
		if (!setting.document().draft()) {
			return List.of();
		}
		Sheet sheet = setting.sheet();
		Style style = new Style(setting.faces().bold(), 130f, WATERMARK_RGB);
		List<Line> line = setting.set(setting.labels().draft(), style, sheet.width() * 2, LineAlignment.START);
		float width = line.getFirst().right() - line.getFirst().left();
		Line centred = new Line(line.getFirst().runs().stream()
			.map(run -> new Run(run.x() - line.getFirst().left() - width / 2, run.style(), run.shaped()))
			.toList());
		return List.of(new Ink.Turned(sheet.width() / 2, sheet.top() + Units.mm(118), 35, centred));
	}

	List<Ink> header() {
		Letterhead letterhead = setting.letterhead();
		Sheet sheet = setting.sheet();
		float width = sheet.contentWidth();
		Style name = new Style(setting.faces().bold(), NAME_SIZE, setting.primary());
		float lineHeight = NAME_SIZE * 1.3f;
		List<Line> english = setting.typesetter().lines(List.of(new Span(letterhead.englishName(), name)), width * 0.4f,
				false, LineAlignment.START);
		List<Line> arabic = setting.typesetter().lines(List.of(new Span(letterhead.arabicName(), name)), width * 0.4f,
				true, LineAlignment.START);
		float logoHeight = 0;
		float logoWidth = 0;
		if (letterhead.logo() != null) {
			ImageSize size = ImageSize.of(letterhead.logo());
			float scale = Math.min(ImageSize.POINTS_PER_PIXEL, Math.min(Units.mm(40) / size.width(),
					Units.mm(Math.max(8, letterhead.margins().topMm() - 14)) / size.height()));
			logoWidth = size.width() * scale;
			logoHeight = size.height() * scale;
		}
		float rowHeight = Math.max(logoHeight, Math.max(english.size(), arabic.size()) * lineHeight);
		float rule = sheet.top() - Units.mm(3);
		float rowTop = rule - Units.mm(2) - rowHeight;
		List<Ink> ink = new ArrayList<>();
		float baseline = Flow.baseline(lineHeight, name);
		float englishTop = rowTop + (rowHeight - english.size() * lineHeight) / 2;
		for (int i = 0; i < english.size(); i++) {
			ink.add(new Ink.Text(sheet.left(), englishTop + i * lineHeight + baseline, english.get(i)));
		}
		float arabicTop = rowTop + (rowHeight - arabic.size() * lineHeight) / 2;
		for (int i = 0; i < arabic.size(); i++) {
			ink.add(new Ink.Text(sheet.right() - width * 0.4f, arabicTop + i * lineHeight + baseline, arabic.get(i)));
		}
		if (letterhead.logo() != null) {
			ink.add(new Ink.Picture(sheet.left() + (width - logoWidth) / 2, rowTop + (rowHeight - logoHeight) / 2,
					logoWidth, logoHeight, letterhead.logo()));
		}
		ink.add(new Ink.Rule(sheet.left(), rule, sheet.right(), rule, 1.2f, setting.primary()));
		return ink;
	}

	List<Ink> footer(int page, int pages) {
		DocumentDescription document = setting.document();
		Sheet sheet = setting.sheet();
		Style style = new Style(setting.faces().regular(), FOOTER_SIZE, setting.accent());
		float lineHeight = FOOTER_SIZE * FOOTER_LEADING;
		float rule = sheet.bottom() + Units.mm(2);
		List<Ink> ink = new ArrayList<>();
		ink.add(new Ink.Rule(sheet.left(), rule, sheet.right(), rule, 0.8f, setting.primary()));
		float y = rule + Units.mm(1);
		List<Line> lines = new ArrayList<>();
		for (String text : setting.letterhead().footerLines()) {
			boolean rightToLeft = TextRuns.startsRightToLeft(text, document.language().rightToLeft());
			lines.addAll(setting.typesetter().lines(List.of(new Span(text, style)), sheet.contentWidth(), rightToLeft,
					LineAlignment.CENTRE));
		}
		Labels labels = setting.labels();
		String number = labels.page() + " " + setting.dates().number(page, document.digits()) + " " + labels.of() + " "
				+ setting.dates().number(pages, document.digits());
		lines.addAll(setting.set(number, style, sheet.contentWidth(), LineAlignment.CENTRE));
		float baseline = Flow.baseline(lineHeight, style);
		for (Line line : lines) {
			ink.add(new Ink.Text(sheet.left(), y + baseline, line));
			y += lineHeight;
		}
		return ink;
	}
}
