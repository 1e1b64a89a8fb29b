package dev.katib.documents;

/**
 * The page margins of a letterhead, in millimetres. The letterhead's header and footer sit inside the
 * top and bottom margins.
 */
public record Margins(int topMm, int rightMm, int bottomMm, int leftMm) {

	/** The smallest and largest margin a letterhead may have. */
	public static final int MIN_MM = 5;

	public static final int MAX_MM = 80;

	public Margins {
		for (int margin : new int[] { topMm, rightMm, bottomMm, leftMm }) {
			if (margin < MIN_MM || margin > MAX_MM) {
				throw new IllegalArgumentException(
						"Margins are between " + MIN_MM + " and " + MAX_MM + " millimetres.");
			}
		}
	}
}
