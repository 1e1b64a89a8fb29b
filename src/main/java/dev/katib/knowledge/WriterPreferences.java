package dev.katib.knowledge;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.platform.Ids;
import dev.katib.platform.KatibException;

/**
 * Each writer's own preferences. Every method takes the writer and touches only their preferences: another
 * writer's are never found, changed or removed.
 */
@Service
public class WriterPreferences {

	private final PreferenceRows preferences;
	private final JdbcAggregateTemplate rows;
	private final JdbcClient jdbc;
	private final Clock clock;

	WriterPreferences(PreferenceRows preferences, JdbcAggregateTemplate rows, JdbcClient jdbc, Clock clock) {
		this.preferences = preferences;
		this.rows = rows;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<PreferenceEntry> list(UUID tenantId, UUID writerId) {
		return preferences.findByTenantIdAndWriterIdOrderByCreatedAtAsc(tenantId, writerId)
			.stream()
			.map(row -> new PreferenceEntry(row.id(), row.text(), row.createdAt()))
			.toList();
	}

	/**
	 * Adds a preference of the writer's.
	 *
	 * @throws KatibException invalid text; limit reached at {@value KnowledgeLimits#PREFERENCES_PER_WRITER}
	 */
	@Transactional
	public PreferenceEntry add(UUID tenantId, UUID writerId, String text) {
		WriterPreference preference = new WriterPreference(writerId, text);
		KnowledgeLimits.check(list(tenantId, writerId).size(), KnowledgeLimits.PREFERENCES_PER_WRITER,
				"preferences per writer");
		PreferenceRow row = new PreferenceRow(Ids.newId(clock), tenantId, writerId, preference.text(), clock.instant());
		rows.insert(row);
		return new PreferenceEntry(row.id(), row.text(), row.createdAt());
	}

	/**
	 * Changes one of the writer's own preferences.
	 *
	 * @throws KatibException not found when the writer has no such preference (another writer's included)
	 */
	@Transactional
	public PreferenceEntry update(UUID tenantId, UUID writerId, UUID preferenceId, String text) {
		WriterPreference preference = new WriterPreference(writerId, text);
		int changed = jdbc.sql("""
				UPDATE knowledge_writer_preference SET text = :text
				WHERE tenant_id = :tenantId AND writer_id = :writerId AND id = :id""")
			.param("text", preference.text())
			.param("tenantId", tenantId)
			.param("writerId", writerId)
			.param("id", preferenceId)
			.update();
		if (changed == 0) {
			throw KatibException.notFound("The preference");
		}
		return list(tenantId, writerId).stream()
			.filter(entry -> entry.id().equals(preferenceId))
			.findFirst()
			.orElseThrow();
	}

	/** @throws KatibException not found when the writer has no such preference (another writer's included) */
	@Transactional
	public void remove(UUID tenantId, UUID writerId, UUID preferenceId) {
		if (preferences.deleteByTenantIdAndWriterIdAndId(tenantId, writerId, preferenceId) == 0) {
			throw KatibException.notFound("The preference");
		}
	}
}
