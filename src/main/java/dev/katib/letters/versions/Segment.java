package dev.katib.letters.versions;

/**
 * A run of words that two versions share, or that one of them adds or leaves out.
 *
 * @param op {@code equal}, {@code insert} (only in the newer version) or {@code delete} (only in the older)
 * @param text the words, with the spaces between them
 */
public record Segment(String op, String text) {

	public static final String EQUAL = "equal";

	public static final String INSERT = "insert";

	public static final String DELETE = "delete";
}
