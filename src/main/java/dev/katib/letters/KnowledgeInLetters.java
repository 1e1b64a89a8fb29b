package dev.katib.letters;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.katib.knowledge.LettersInUse;

/** Tells the writing knowledge which of its categories and recipients the organisation's letters use. */
@Component
class KnowledgeInLetters implements LettersInUse {

	private final JdbcClient jdbc;

	KnowledgeInLetters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Long> lettersPerCategory(UUID tenantId) {
		return jdbc.sql("""
				SELECT category_key, count(*) AS letters FROM letters_letter WHERE tenant_id = :tenantId
				GROUP BY category_key""")
			.param("tenantId", tenantId)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	@Override
	public boolean categoryUsed(UUID tenantId, String categoryKey) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM letters_letter WHERE tenant_id = :tenantId AND category_key = :key)")
			.param("tenantId", tenantId)
			.param("key", categoryKey)
			.query(Boolean.class)
			.single();
	}

	@Override
	public boolean recipientAddressed(UUID tenantId, UUID recipientId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM letters_letter WHERE tenant_id = :tenantId AND recipient_id = :id)")
			.param("tenantId", tenantId)
			.param("id", recipientId)
			.query(Boolean.class)
			.single();
	}
}
