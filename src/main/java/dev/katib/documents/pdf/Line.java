package dev.katib.documents.pdf;

import java.util.List;

/**
 * A set line of text: its runs in visual order, left to right, placed across the width it was set
 * in (alignment and justification applied).
 */
record Line(List<Run> runs) {

	/** The leftmost and rightmost inked extent, in points from the line's left edge. */
	float left() {
		return runs.isEmpty() ? 0 : runs.getFirst().x();
	}

	float right() {
		return runs.isEmpty() ? 0 : runs.getLast().x() + runs.getLast().width();
	}
}
