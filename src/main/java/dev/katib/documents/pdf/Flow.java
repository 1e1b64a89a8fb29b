package dev.katib.documents.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Pours content down the pages' content boxes: a cursor on the current page that moves down as
 * blocks are placed, and a new page when the next piece does not fit.
 */
final class Flow {

	private final float top;
	private final float bottom;
	private final List<List<Ink>> pages = new ArrayList<>();
	private float y;

	Flow(float top, float bottom) {
		this.top = top;
		this.bottom = bottom;
		newPage();
	}

	void newPage() {
		pages.add(new ArrayList<>());
		y = top;
	}

	/** Moves to a new page unless {@code height} still fits below the cursor (or the page is empty). */
	void keep(float height) {
		if (y + height > bottom + 0.01f && y > top) {
			newPage();
		}
	}

	/** Space between blocks; none at the top of a page. */
	void gap(float height) {
		if (y > top) {
			y = Math.min(y + height, bottom);
		}
	}

	/** Lines of text, one after another, each {@code lineHeight} tall, breaking across pages. */
	void lines(List<Line> lines, float x, float lineHeight, Style style) {
		for (Line line : lines) {
			keep(lineHeight);
			add(new Ink.Text(x, y + baseline(lineHeight, style), line));
			y += lineHeight;
		}
	}

	/** Where the baseline sits in a line box, as a browser puts it: half the leading above the ascender. */
	static float baseline(float lineHeight, Style style) {
		Face face = style.face();
		float ascent = face.points(face.ascender(), style.size());
		float descent = face.points(face.descender(), style.size());
		return (lineHeight - ascent - descent) / 2 + ascent;
	}

	void add(Ink ink) {
		pages.getLast().add(ink);
	}

	void down(float height) {
		y += height;
	}

	float y() {
		return y;
	}

	float room() {
		return bottom - y;
	}

	List<List<Ink>> pages() {
		return pages;
	}
}
