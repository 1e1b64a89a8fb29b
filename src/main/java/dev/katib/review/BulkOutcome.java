package dev.katib.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.platform.KatibException;

/**
 * What a bulk action did to each letter, in the order asked.
 *
 * @param done how many letters it moved
 * @param refused how many it left as they were
 * @param letters each letter's outcome
 */
record BulkOutcome(int done, int refused, List<Item> letters) {

	static BulkOutcome of(List<Item> letters) {
		int done = (int) letters.stream().filter(Item::isDone).count();
		return new BulkOutcome(done, letters.size() - done, List.copyOf(letters));
	}

	/**
	 * One letter's outcome.
	 *
	 * @param letterId the letter
	 * @param outcome {@code DONE} or {@code REFUSED}
	 * @param status its status after the action, when done
	 * @param number its number, once it has one
	 * @param problem why it was refused: a problem detail, as the single-letter action answers it
	 */
	record Item(UUID letterId, String outcome, @Nullable String status, @Nullable String number,
			@Nullable Map<String, Object> problem) {

		static Item done(UUID letterId, String status, @Nullable String number) {
			return new Item(letterId, "DONE", status, number, null);
		}

		static Item refused(UUID letterId, KatibException problem) {
			Map<String, Object> detail = new LinkedHashMap<>(problem.properties());
			detail.put("type", problem.type().uri().toString());
			detail.put("title", problem.type().title());
			detail.put("status", problem.type().status().value());
			detail.put("detail", problem.getMessage());
			return new Item(letterId, "REFUSED", null, null, detail);
		}

		boolean isDone() {
			return "DONE".equals(outcome);
		}
	}
}
