package dev.katib.knowledge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Organisations created before their seed categories came with them got them on their first look at the
 * categories; one that never looked has none. This migration gives those the seven seed categories once, from
 * the same definitions new organisations get, and then never runs again.
 */
@Component
class SeedCategoriesOfEarlierOrganisations implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("20261203110100");
	}

	@Override
	public String getDescription() {
		return "knowledge seed categories of earlier organisations";
	}

	@Override
	public @Nullable Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		List<UUID> organisations = new ArrayList<>();
		// the one look at another module's table: which organisations exist, at the moment of this migration
		try (PreparedStatement query = connection.prepareStatement("""
				SELECT o.id FROM accounts_organisation o
				WHERE NOT EXISTS (SELECT 1 FROM knowledge_category c WHERE c.tenant_id = o.id)""");
				ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				organisations.add(rows.getObject(1, UUID.class));
			}
		}
		Instant now = Instant.now();
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO knowledge_category (id, tenant_id, category_key, arabic_name, english_name, closing_style,
				  arabic_closing, english_closing, basmala, arabic_subject, english_subject, created_at)
				VALUES (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
			for (UUID organisation : organisations) {
				for (int i = 0; i < SeedCategories.ALL.size(); i++) {
					CategoryDefinition category = SeedCategories.ALL.get(i);
					insert.setObject(1, organisation);
					insert.setString(2, category.key());
					insert.setString(3, category.arabicName());
					insert.setString(4, category.englishName());
					insert.setString(5, category.closingStyle().code());
					insert.setString(6, category.arabicClosing());
					insert.setString(7, category.englishClosing());
					insert.setBoolean(8, category.basmala());
					insert.setString(9, category.arabicSubject());
					insert.setString(10, category.englishSubject());
					insert.setTimestamp(11, Timestamp.from(now.plusNanos(i * 1_000L)));
					insert.addBatch();
				}
			}
			insert.executeBatch();
		}
	}
}
