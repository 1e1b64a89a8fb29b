package dev.katib.audit;

import java.util.List;

/**
 * One page of audit entries, newest first.
 *
 * @param entries the entries on this page
 * @param page the page number, from 0
 * @param size the largest number of entries a page holds
 * @param total how many entries match the filter in all
 */
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

	public AuditPage {
		entries = List.copyOf(entries);
	}

	public long pages() {
		return total == 0 ? 0 : (total + size - 1) / size;
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}

	public boolean hasPrevious() {
		return page > 0;
	}
}
