package dev.katib.documents.pdf;

import java.util.ArrayList;
import java.util.List;

import dev.katib.documents.BodyBlock;

/**
 * A table across the content width: columns as wide as their content asks, in reading order (the
 * first column on the right in Arabic), grid lines, a shaded header row repeated on every page the
 * table runs onto, and rows kept whole.
 */
final class TableComposer {

	private static final float SIZE = 11.5f;
	private static final float LEADING = 1.55f;
	private static final int BORDER = 0x8a8a8a;
	private static final int HEADER_FILL = 0xf1f1f1;
	private static final float RULE = 0.6f;

	private final Setting setting;
	private final Flow flow;
	private final float padX = Units.mm(2);
	private final float padY = Units.mm(1);

	TableComposer(Setting setting, Flow flow) {
		this.setting = setting;
		this.flow = flow;
	}

	void table(BodyBlock.Table table) {
		Style body = setting.body().sized(SIZE);
		Style head = setting.bold().sized(SIZE);
		float[] widths = widths(table, body, head);
		flow.gap(Units.mm(2));
		List<List<Line>> header = row(table.header(), head, widths);
		flow.keep(2 * height(header, head));
		row(header, widths, head, true);
		for (List<String> cells : table.rows()) {
			List<List<Line>> row = row(cells, body, widths);
			if (height(row, body) > flow.room()) {
				flow.newPage();
				row(header, widths, head, true);
			}
			row(row, widths, body, false);
		}
		flow.gap(Units.mm(1));
	}

	private float[] widths(BodyBlock.Table table, Style body, Style head) {
		int columns = table.header().size();
		float[] natural = new float[columns];
		for (int c = 0; c < columns; c++) {
			natural[c] = measure(table.header().get(c), head);
			for (List<String> row : table.rows()) {
				natural[c] = Math.max(natural[c], measure(row.get(c), body));
			}
			natural[c] += 2 * padX;
		}
		float total = 0;
		for (float width : natural) {
			total += width;
		}
		float[] widths = new float[columns];
		for (int c = 0; c < columns; c++) {
			widths[c] = setting.sheet().contentWidth() * natural[c] / total;
		}
		return widths;
	}

	private float measure(String text, Style style) {
		return Math.min(setting.sheet().contentWidth(),
				setting.typesetter().width(List.of(new Span(text, style)), setting.rightToLeft()));
	}

	private List<List<Line>> row(List<String> cells, Style style, float[] widths) {
		List<List<Line>> row = new ArrayList<>();
		for (int c = 0; c < cells.size(); c++) {
			row.add(setting.set(cells.get(c), style, widths[c] - 2 * padX, LineAlignment.START));
		}
		return row;
	}

	private float height(List<List<Line>> row, Style style) {
		int lines = 1;
		for (List<Line> cell : row) {
			lines = Math.max(lines, cell.size());
		}
		return lines * style.size() * LEADING + 2 * padY;
	}

	private void row(List<List<Line>> row, float[] widths, Style style, boolean header) {
		float height = height(row, style);
		float top = flow.y();
		float lineHeight = style.size() * LEADING;
		float baseline = Flow.baseline(lineHeight, style);
		Sheet sheet = setting.sheet();
		if (header) {
			flow.add(new Ink.Fill(sheet.left(), top, sheet.contentWidth(), height, HEADER_FILL));
		}
		float x = setting.rightToLeft() ? sheet.right() : sheet.left();
		for (int c = 0; c < row.size(); c++) {
			float cellLeft = setting.rightToLeft() ? x - widths[c] : x;
			List<Line> lines = row.get(c);
			for (int i = 0; i < lines.size(); i++) {
				flow.add(new Ink.Text(cellLeft + padX, top + padY + i * lineHeight + baseline, lines.get(i)));
			}
			flow.add(new Ink.Rule(cellLeft, top, cellLeft, top + height, RULE, BORDER));
			x = setting.rightToLeft() ? cellLeft : cellLeft + widths[c];
		}
		flow.add(new Ink.Rule(setting.rightToLeft() ? sheet.left() : sheet.right(), top,
				setting.rightToLeft() ? sheet.left() : sheet.right(), top + height, RULE, BORDER));
		flow.add(new Ink.Rule(sheet.left(), top, sheet.right(), top, RULE, BORDER));
		flow.add(new Ink.Rule(sheet.left(), top + height, sheet.right(), top + height, RULE, BORDER));
		flow.down(height);
	}
}
