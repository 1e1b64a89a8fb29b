package dev.katib.letters;

import java.util.List;

/**
 * One page of an organisation's letters, newest first.
 *
 * @param items the letters of this page, each with its current version
 * @param total how many letters match in all
 * @param page this page's number, from 0
 * @param size the most letters a page holds
 */
public record LetterPage(List<LetterView> items, long total, int page, int size) {

	public LetterPage {
		items = List.copyOf(items);
	}
}
