package dev.katib.letters.versions;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.letters.LetterHistory;
import dev.katib.letters.LetterVersion;
import dev.katib.letters.Letter;
import dev.katib.letters.LetterLifecycle;
import dev.katib.platform.KatibException;

/**
 * Compares and restores versions of a letter. Restoring never rewrites history: it adds a new version with the
 * restored content, and only on top of the version the caller was looking at.
 */
@Service
public class LetterVersions {

	private final LetterHistory history;
	private final LetterLifecycle lifecycle;
	private final Clock clock;

	LetterVersions(LetterHistory history, LetterLifecycle lifecycle, Clock clock) {
		this.history = history;
		this.lifecycle = lifecycle;
		this.clock = clock;
	}

	/**
	 * The word-level differences from version {@code from} to version {@code to}.
	 *
	 * @throws KatibException not found when the organisation has no such letter or version
	 */
	public List<FieldDiff> diff(Caller caller, UUID letterId, int from, int to) {
		letter(caller, letterId);
		List<LetterVersion> versions = history.versions(caller.tenantId(), letterId);
		return VersionDiff.between(version(versions, from).letter(), version(versions, to).letter());
	}

	/**
	 * Makes version {@code number} current again as a new version with source {@code RESTORED}.
	 *
	 * @throws KatibException not found; forbidden; {@code letter-not-editable}; conflict when {@code basedOn} is
	 *         no longer the current version
	 */
	public LetterVersion restore(Caller caller, UUID letterId, int number, int basedOn) {
		Letter letter = letter(caller, letterId);
		EditRights.requireEditable(caller, letter);
		LetterVersion restored = version(history.versions(caller.tenantId(), letterId), number);
		return lifecycle.change(caller.tenantId(), letterId,
				changed -> changed.restore(restored, caller, basedOn, clock.instant()));
	}

	/** The letter of the caller's organisation, or not found. */
	public Letter letter(Caller caller, UUID letterId) {
		Permission.READ_LETTERS.require(caller);
		return history.letter(caller.tenantId(), letterId).orElseThrow(() -> KatibException.notFound("The letter"));
	}

	private static LetterVersion version(List<LetterVersion> versions, int number) {
		return versions.stream()
			.filter(version -> version.number() == number)
			.findFirst()
			.orElseThrow(() -> new KatibException(dev.katib.platform.ProblemType.NOT_FOUND,
					"The letter has no version " + number + ".", Map.of("version", number)));
	}
}
