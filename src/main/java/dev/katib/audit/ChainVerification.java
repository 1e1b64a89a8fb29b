package dev.katib.audit;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What checking an organisation's audit chain found: intact, or the first entry where it breaks.
 *
 * @param intact whether every entry is unchanged, linked to the one before it, and none is missing
 * @param checked how many entries were checked
 * @param firstBreak where the chain first breaks, when it is not intact
 */
public record ChainVerification(boolean intact, long checked, @Nullable Break firstBreak) {

	public static ChainVerification intact(long checked) {
		return new ChainVerification(true, checked, null);
	}

	public static ChainVerification broken(long checked, Break firstBreak) {
		return new ChainVerification(false, checked, firstBreak);
	}

	/**
	 * The first place the chain breaks.
	 *
	 * @param sequence the position in the chain
	 * @param entryId the entry found there, or none when it is missing
	 * @param kind what is wrong there
	 */
	public record Break(long sequence, @Nullable UUID entryId, Kind kind) {
	}

	/** What can be wrong with an entry of the chain. */
	public enum Kind {
		/** The entry's content no longer matches its hash: it was changed after it was written. */
		ALTERED,
		/** The entry does not name the hash of the entry before it: an entry was changed or put in. */
		LINK_BROKEN,
		/** The entry at this position is missing: it was deleted. */
		MISSING,
		/** The chain's head names a last entry other than the one found. */
		HEAD_MISMATCH
	}
}
