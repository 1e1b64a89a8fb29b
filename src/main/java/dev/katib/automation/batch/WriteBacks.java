package dev.katib.automation.batch;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits write-backs into requests of at most ten records, the most Airtable takes in one update.
 */
final class WriteBacks {

	static final int RECORDS_PER_REQUEST = 10;

	private WriteBacks() {
	}

	static <T> List<List<T>> inRequests(List<T> updates) {
		int requests = (updates.size() + RECORDS_PER_REQUEST - 1) / RECORDS_PER_REQUEST;
		return IntStream.range(0, requests)
			.mapToObj(i -> List.copyOf(updates.subList(i * RECORDS_PER_REQUEST,
					Math.min(updates.size(), (i + 1) * RECORDS_PER_REQUEST))))
			.toList();
	}
}
