package dev.katib.documents.pdf;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a rasterised page that run through the body of a line of text (many dark pixels), with
 * where each begins and ends across the page. Rows that only cross dots or tall letters are left out.
 */
record TextLines(List<Row> rows) {

	private static final int DARK = 110;

	private static final int BODY_PIXELS = 40;

	/** A pixel row of text: its height and its leftmost and rightmost dark pixels. */
	record Row(int y, int left, int right) {
	}

	/** The text rows between two heights of the page, in pixels from the top. */
	static TextLines of(BufferedImage page, int fromY, int toY) {
		List<Row> rows = new ArrayList<>();
		for (int y = fromY; y < toY; y++) {
			int left = Integer.MAX_VALUE;
			int right = -1;
			int dark = 0;
			for (int x = 0; x < page.getWidth(); x++) {
				if (dark(page.getRGB(x, y))) {
					left = Math.min(left, x);
					right = Math.max(right, x);
					dark++;
				}
			}
			if (dark >= BODY_PIXELS) {
				rows.add(new Row(y, left, right));
			}
		}
		return new TextLines(rows);
	}

	/** A line of text: its rows, touching or a few pixels apart, with its leftmost and rightmost pixels. */
	record Line(int top, int bottom, int left, int right) {
	}

	List<Line> lines() {
		List<Line> lines = new ArrayList<>();
		Line current = null;
		for (Row row : rows) {
			if (current != null && row.y() - current.bottom() <= 4) {
				current = new Line(current.top(), row.y(), Math.min(current.left(), row.left()),
						Math.max(current.right(), row.right()));
			}
			else {
				if (current != null) {
					lines.add(current);
				}
				current = new Line(row.y(), row.y(), row.left(), row.right());
			}
		}
		if (current != null) {
			lines.add(current);
		}
		return lines;
	}

	/** Pixels of a given colour, such as the watermark's, inside a rectangle. */
	static int pixelsOfColour(BufferedImage page, int rgb, int tolerance) {
		int count = 0;
		for (int y = 0; y < page.getHeight(); y++) {
			for (int x = 0; x < page.getWidth(); x++) {
				int pixel = page.getRGB(x, y);
				if (Math.abs(((pixel >> 16) & 0xFF) - ((rgb >> 16) & 0xFF)) <= tolerance
						&& Math.abs(((pixel >> 8) & 0xFF) - ((rgb >> 8) & 0xFF)) <= tolerance
						&& Math.abs((pixel & 0xFF) - (rgb & 0xFF)) <= tolerance) {
					count++;
				}
			}
		}
		return count;
	}

	private static boolean dark(int rgb) {
		int r = (rgb >> 16) & 0xFF;
		int g = (rgb >> 8) & 0xFF;
		int b = rgb & 0xFF;
		return (r + g + b) / 3 < DARK;
	}
}
