package dev.katib.documents.pdf;

/** Lengths in points, the unit of the page. */
final class Units {

	static final float POINTS_PER_MM = 72f / 25.4f;

	private Units() {
	}

	static float mm(double millimetres) {
		return (float) (millimetres * POINTS_PER_MM);
	}
}
