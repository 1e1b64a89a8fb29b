package dev.katib.review;

import java.util.List;
import java.util.UUID;

/**
 * Groups of letters the queues can be filtered by, as another module knows them: a batch run's letters. The
 * review module does not know batch runs; the module that does offers them through this.
 */
public interface LetterGroups {

	/** The organisation's groups, newest first, at most a hundred. */
	List<LetterGroup> groups(UUID tenantId);

	/** The letters of the organisation's group; none when it has no such group. */
	List<UUID> letters(UUID tenantId, UUID groupId);

	/**
	 * A group of letters.
	 *
	 * @param id the group (the batch run)
	 * @param name its name
	 */
	record LetterGroup(UUID id, String name) {
	}
}
