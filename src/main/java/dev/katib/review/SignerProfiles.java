package dev.katib.review;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Signers' signature and stamp images, one of each per member. */
@Component
class SignerProfiles {

	/** Which of the two images. */
	enum Kind {
		SIGNATURE("signature"), STAMP("stamp");

		private final String column;

		Kind(String column) {
			this.column = column;
		}
	}

	/** A member's images, either of which may be missing. */
	record Profile(@Nullable ProfileImage signature, @Nullable ProfileImage stamp) {

		static final Profile EMPTY = new Profile(null, null);

		@Nullable ProfileImage image(Kind kind) {
			return kind == Kind.SIGNATURE ? signature : stamp;
		}
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	SignerProfiles(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Profile profile(UUID tenantId, UUID userId) {
		return jdbc.sql("SELECT * FROM review_signer_profile WHERE tenant_id = ? AND user_id = ?")
			.params(tenantId, userId)
			.query((rs, n) -> new Profile(image(rs.getBytes("signature"), rs.getString("signature_type")),
					image(rs.getBytes("stamp"), rs.getString("stamp_type"))))
			.optional()
			.orElse(Profile.EMPTY);
	}

	@Transactional
	void store(UUID tenantId, UUID userId, Kind kind, ProfileImage image) {
		jdbc.sql("""
				INSERT INTO review_signer_profile (tenant_id, user_id, %1$s, %1$s_type, updated_at)
				VALUES (:tenant, :user, :bytes, :type, :now)
				ON CONFLICT (tenant_id, user_id)
				DO UPDATE SET %1$s = EXCLUDED.%1$s, %1$s_type = EXCLUDED.%1$s_type, updated_at = EXCLUDED.updated_at"""
			.formatted(kind.column))
			.param("tenant", tenantId)
			.param("user", userId)
			.param("bytes", image.bytes())
			.param("type", image.contentType())
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	/** @return whether there was an image to remove */
	@Transactional
	boolean remove(UUID tenantId, UUID userId, Kind kind) {
		return jdbc.sql("""
				UPDATE review_signer_profile SET %1$s = NULL, %1$s_type = NULL, updated_at = :now
				WHERE tenant_id = :tenant AND user_id = :user AND %1$s IS NOT NULL""".formatted(kind.column))
			.param("tenant", tenantId)
			.param("user", userId)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	Optional<ProfileImage> image(UUID tenantId, UUID userId, Kind kind) {
		return Optional.ofNullable(profile(tenantId, userId).image(kind));
	}

	private static @Nullable ProfileImage image(byte @Nullable [] bytes, @Nullable String type) {
		return bytes == null || type == null ? null : new ProfileImage(bytes, type);
	}
}
