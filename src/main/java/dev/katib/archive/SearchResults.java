package dev.katib.archive;

import java.util.List;

/**
 * One page of search results, best matches first (newest first when there are no words).
 *
 * @param total how many files match in all
 */
public record SearchResults(List<Hit> hits, long total, int page, int size) {

	public SearchResults {
		hits = List.copyOf(hits);
	}

	/**
	 * A matching file and a passage of its text with the matching words marked.
	 */
	public record Hit(StoredFile file, List<Fragment> snippet) {

		public Hit {
			snippet = List.copyOf(snippet);
		}
	}

	/** A piece of a passage; {@code match} marks the words the search found. Plain text, never markup. */
	public record Fragment(String text, boolean match) {
	}
}
