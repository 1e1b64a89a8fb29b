package dev.katib.letters.versions;

import java.util.List;

/**
 * How one part of a letter differs between two versions.
 *
 * @param field the part: {@code subject}, {@code addressee.name}, {@code paragraphs[1]}, {@code closing.text}, ...
 * @param changed whether the part differs at all
 * @param segments the part's words in order, each run marked equal, inserted or deleted
 */
public record FieldDiff(String field, boolean changed, List<Segment> segments) {

	public FieldDiff {
		segments = List.copyOf(segments);
	}
}
