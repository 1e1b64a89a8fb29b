package dev.katib.documents.letterhead;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.katib.documents.DocumentImage;
import dev.katib.documents.Letterhead;
import dev.katib.documents.LetterheadStatus;
import dev.katib.documents.LetterheadVersion;
import dev.katib.documents.Margins;
import dev.katib.documents.PageSize;

/** Letterhead versions in {@code documents_letterhead}; every statement is limited to one tenant. */
@Repository
class LetterheadRepository {

	private static final String COLUMNS = "id, tenant_id, version, status, arabic_name, english_name, logo,"
			+ " primary_colour, accent_colour, footer_lines, margin_top_mm, margin_right_mm, margin_bottom_mm,"
			+ " margin_left_mm, page_size, created_at, activated_at";

	private final JdbcClient jdbc;

	LetterheadRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int latestVersion(UUID tenantId) {
		return jdbc.sql("select coalesce(max(version), 0) from documents_letterhead where tenant_id = ?")
			.param(tenantId)
			.query(Integer.class)
			.single();
	}

	void insert(Letterhead letterhead, Instant createdAt) {
		jdbc.sql("insert into documents_letterhead (" + COLUMNS + ") values"
				+ " (?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null)")
			.params(letterhead.id(), letterhead.tenantId(), letterhead.version(), letterhead.arabicName(),
					letterhead.englishName(), logoBytes(letterhead), letterhead.primaryColour(),
					letterhead.accentColour(), footer(letterhead), letterhead.margins().topMm(),
					letterhead.margins().rightMm(), letterhead.margins().bottomMm(), letterhead.margins().leftMm(),
					letterhead.pageSize().name(), Timestamp.from(createdAt))
			.update();
	}

	/** Replaces a draft's content; false when no draft of that version exists for the tenant. */
	boolean updateDraft(Letterhead letterhead) {
		return jdbc.sql("update documents_letterhead set arabic_name = ?, english_name = ?, logo = ?,"
				+ " primary_colour = ?, accent_colour = ?, footer_lines = ?, margin_top_mm = ?,"
				+ " margin_right_mm = ?, margin_bottom_mm = ?, margin_left_mm = ?, page_size = ?"
				+ " where tenant_id = ? and version = ? and status = 'DRAFT'")
			.params(letterhead.arabicName(), letterhead.englishName(), logoBytes(letterhead),
					letterhead.primaryColour(), letterhead.accentColour(), footer(letterhead),
					letterhead.margins().topMm(), letterhead.margins().rightMm(), letterhead.margins().bottomMm(),
					letterhead.margins().leftMm(), letterhead.pageSize().name(), letterhead.tenantId(),
					letterhead.version())
			.update() == 1;
	}

	void retireActive(UUID tenantId) {
		jdbc.sql("update documents_letterhead set status = 'RETIRED' where tenant_id = ? and status = 'ACTIVE'")
			.param(tenantId)
			.update();
	}

	boolean activateDraft(UUID tenantId, int version, Instant at) {
		return jdbc.sql("update documents_letterhead set status = 'ACTIVE', activated_at = ?"
				+ " where tenant_id = ? and version = ? and status = 'DRAFT'")
			.params(Timestamp.from(at), tenantId, version)
			.update() == 1;
	}

	/** Serialises activations of one tenant, so two admins cannot both activate at once. */
	void lockTenant(UUID tenantId) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 6))").param(tenantId.toString()).query().singleRow();
	}

	Optional<LetterheadVersion> find(UUID tenantId, int version) {
		return jdbc.sql("select " + COLUMNS + " from documents_letterhead where tenant_id = ? and version = ?")
			.params(tenantId, version)
			.query(LetterheadRepository::row)
			.optional();
	}

	Optional<LetterheadVersion> active(UUID tenantId) {
		return jdbc.sql("select " + COLUMNS + " from documents_letterhead where tenant_id = ? and status = 'ACTIVE'")
			.param(tenantId)
			.query(LetterheadRepository::row)
			.optional();
	}

	List<LetterheadVersion> all(UUID tenantId) {
		return jdbc.sql("select " + COLUMNS + " from documents_letterhead where tenant_id = ? order by version desc")
			.param(tenantId)
			.query(LetterheadRepository::row)
			.list();
	}

	private static byte @Nullable [] logoBytes(Letterhead letterhead) {
		return letterhead.logo() == null ? null : letterhead.logo().bytes();
	}

	private static String[] footer(Letterhead letterhead) {
		return letterhead.footerLines().toArray(String[]::new);
	}

	private static LetterheadVersion row(ResultSet rs, int rowNumber) throws SQLException {
		byte[] logo = rs.getBytes("logo");
		Array footer = rs.getArray("footer_lines");
		Letterhead letterhead = new Letterhead(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
				rs.getInt("version"), rs.getString("arabic_name"), rs.getString("english_name"),
				logo == null ? null : new DocumentImage(logo), rs.getString("primary_colour"),
				rs.getString("accent_colour"), Arrays.asList((String[]) footer.getArray()),
				new Margins(rs.getInt("margin_top_mm"), rs.getInt("margin_right_mm"), rs.getInt("margin_bottom_mm"),
						rs.getInt("margin_left_mm")),
				PageSize.valueOf(rs.getString("page_size")));
		Timestamp activatedAt = rs.getTimestamp("activated_at");
		return new LetterheadVersion(letterhead, LetterheadStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("created_at").toInstant(), activatedAt == null ? null : activatedAt.toInstant());
	}
}
