package dev.katib.documents.pdf;

import dev.katib.documents.Letterhead;
import dev.katib.documents.Margins;

/**
 * A page of the letterhead in points: its size and the content box inside the margins.
 *
 * @param left the content box's left edge
 * @param right its right edge
 * @param top its top edge, from the top of the page
 * @param bottom its bottom edge, from the top of the page
 */
record Sheet(float width, float height, float left, float right, float top, float bottom) {

	static Sheet of(Letterhead letterhead) {
		Margins margins = letterhead.margins();
		float width = Units.mm(letterhead.pageSize().widthMm());
		float height = Units.mm(letterhead.pageSize().heightMm());
		return new Sheet(width, height, Units.mm(margins.leftMm()), width - Units.mm(margins.rightMm()),
				Units.mm(margins.topMm()), height - Units.mm(margins.bottomMm()));
	}

	float contentWidth() {
		return right - left;
	}
}
