package dev.katib.knowledge;

import java.util.List;

/**
 * One page of the recipients directory.
 *
 * @param items the entries of this page, by name
 * @param total how many entries match in all
 * @param page the page number, from 0
 * @param size the most entries a page holds
 */
public record RecipientPage(List<RecipientEntry> items, long total, int page, int size) {

	public RecipientPage {
		items = List.copyOf(items);
	}
}
