package dev.katib.review;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.letters.IssuedNumber;
import dev.katib.letters.LetterRecords;
import dev.katib.letters.Signature;

/** Reads the numbers and signatures the workflow stored. */
@Component
class StoredRecords implements LetterRecords {

	private final JdbcClient jdbc;

	StoredRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<IssuedNumber> number(UUID tenantId, UUID letterId) {
		return jdbc.sql("SELECT number, issued_on FROM review_issued_number WHERE tenant_id = ? AND letter_id = ?")
			.params(tenantId, letterId)
			.query((rs, n) -> new IssuedNumber(rs.getString("number"), rs.getObject("issued_on", LocalDate.class)))
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, IssuedNumber> numbers(UUID tenantId, Collection<UUID> letterIds) {
		if (letterIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, IssuedNumber> numbers = new HashMap<>();
		jdbc.sql("""
				SELECT letter_id, number, issued_on FROM review_issued_number
				WHERE tenant_id = :tenant AND letter_id IN (:letters)""")
			.param("tenant", tenantId)
			.param("letters", new ArrayList<>(letterIds))
			.query((rs, n) -> numbers.put(rs.getObject("letter_id", UUID.class),
					new IssuedNumber(rs.getString("number"), rs.getObject("issued_on", LocalDate.class))))
			.list();
		return numbers;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Signature> signature(UUID tenantId, UUID letterId) {
		return jdbc.sql("""
				SELECT signer_id, signer_name, signer_job_title, signed_at, image, stamp, version_number
				FROM review_signature WHERE tenant_id = ? AND letter_id = ?""")
			.params(tenantId, letterId)
			.query((rs, n) -> new Signature(rs.getObject("signer_id", UUID.class), rs.getString("signer_name"),
					rs.getString("signer_job_title"),
					rs.getObject("signed_at", java.time.OffsetDateTime.class).toInstant(), rs.getBytes("image"),
					rs.getBytes("stamp"), rs.getInt("version_number")))
			.optional();
	}

	static java.time.OffsetDateTime utc(java.time.Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
