package dev.katib.letters.history;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.letters.content.LetterJson;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.platform.Ids;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Letters and their immutable versions. A change never rewrites a version: it adds the next one. Every method
 * is limited to the organisation it is given.
 */
@Service
public class LetterHistory {

	/** The status of a letter before it is submitted for review. */
	public static final String DRAFT = "DRAFT";

	private final LetterRows letters;
	private final VersionRows versions;
	private final JdbcAggregateTemplate rows;
	private final Clock clock;

	LetterHistory(LetterRows letters, VersionRows versions, JdbcAggregateTemplate rows, Clock clock) {
		this.letters = letters;
		this.versions = versions;
		this.rows = rows;
		this.clock = clock;
	}

	/** Opens a letter in DRAFT, with no version yet; its first version comes when it is drafted. */
	@Transactional
	public UUID open(UUID tenantId, NewLetter letter) {
		UUID id = Ids.newId(clock);
		rows.insert(new LetterRow(id, tenantId, letter.writerId(), letter.categoryKey(), letter.language().code(),
				DRAFT, letter.recipientId(), letter.replyToId(), letter.followsUpId(), 0, clock.instant()));
		return id;
	}

	/**
	 * Adds the next version of the letter, whatever its current version is.
	 *
	 * @throws KatibException not found when the organisation has no such letter
	 */
	@Transactional
	public LetterVersion addVersion(UUID tenantId, UUID letterId, StructuredLetter content, UUID authorId,
			VersionSource source, @Nullable ModelUsage usage) {
		letters.findByTenantIdAndId(tenantId, letterId).orElseThrow(() -> KatibException.notFound("The letter"));
		return insertVersion(tenantId, letterId, versions.lastNumber(tenantId, letterId) + 1, content, authorId,
				source, usage);
	}

	/**
	 * Adds the version that follows {@code basedOn}, the version the author was looking at. When someone else
	 * added a version meanwhile, nothing is added: two people editing at once never overwrite each other.
	 *
	 * @throws KatibException not found when the organisation has no such letter; conflict when {@code basedOn}
	 *         is no longer the current version
	 */
	@Transactional
	public LetterVersion addVersion(UUID tenantId, UUID letterId, int basedOn, StructuredLetter content,
			UUID authorId, VersionSource source, @Nullable ModelUsage usage) {
		letters.lockByTenantIdAndId(tenantId, letterId).orElseThrow(() -> KatibException.notFound("The letter"));
		int current = versions.lastNumber(tenantId, letterId);
		if (current != basedOn) {
			throw new KatibException(ProblemType.CONFLICT,
					"Someone else changed this letter meanwhile: version " + current + " is now the current one.",
					Map.of("currentVersion", current, "basedOn", basedOn));
		}
		return insertVersion(tenantId, letterId, current + 1, content, authorId, source, usage);
	}

	private LetterVersion insertVersion(UUID tenantId, UUID letterId, int number, StructuredLetter content,
			UUID authorId, VersionSource source, @Nullable ModelUsage usage) {
		var row = new VersionRow(Ids.newId(clock), tenantId, letterId, number, LetterJson.write(content), authorId,
				source.name(), usage == null ? null : usage.model(), usage == null ? null : usage.inputTokens(),
				usage == null ? null : usage.outputTokens(), clock.instant());
		return rows.insert(row).version();
	}

	/** The letter, when the organisation has it. */
	@Transactional(readOnly = true)
	public Optional<StoredLetter> letter(UUID tenantId, UUID letterId) {
		return letters.findByTenantIdAndId(tenantId, letterId).map(LetterRow::letter);
	}

	@Transactional(readOnly = true)
	public List<LetterVersion> versions(UUID tenantId, UUID letterId) {
		return versions.findByTenantIdAndLetterIdOrderByNumberAsc(tenantId, letterId)
			.stream()
			.map(VersionRow::version)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<LetterVersion> current(UUID tenantId, UUID letterId) {
		return versions.findFirstByTenantIdAndLetterIdOrderByNumberDesc(tenantId, letterId).map(VersionRow::version);
	}
}
