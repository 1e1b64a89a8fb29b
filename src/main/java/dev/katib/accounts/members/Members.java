package dev.katib.accounts.members;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.katib.accounts.Profile;
import dev.katib.accounts.Role;

/**
 * Stored members. Every read and write names the tenant, except finding the credentials of an
 * e-mail address, which is how a sign-in learns its tenant.
 */
@Repository
public class Members {

	private static final String SELECT = """
			SELECT u.id, m.tenant_id, u.email, u.name, u.language, m.status, m.roles, u.must_change_password,
			       u.phone, u.name_ar, u.name_en, u.job_title_ar, u.job_title_en, m.version
			FROM accounts_membership m JOIN accounts_user u ON u.id = m.user_id
			""";

	private static final RowMapper<Member> MEMBER = Members::member;

	private final JdbcClient jdbc;
	private final Clock clock;

	Members(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A new member; the e-mail must not be taken (see {@link #emailTaken}). */
	public void add(Member member, @Nullable String passwordHash) {
		jdbc.sql("""
				INSERT INTO accounts_user (id, email, name, phone, name_ar, name_en, job_title_ar, job_title_en, language,
				                           password_hash, must_change_password, password_changed_at, created_at)
				VALUES (:id, :email, :name, :phone, :nameAr, :nameEn, :jobTitleAr, :jobTitleEn, :language, :hash,
				        :mustChange, :changedAt, :now)""")
			.param("id", member.id())
			.param("email", normalise(member.email()))
			.param("name", member.name())
			.param("phone", member.phone())
			.param("nameAr", member.profile().arabicName())
			.param("nameEn", member.profile().englishName())
			.param("jobTitleAr", member.profile().arabicJobTitle())
			.param("jobTitleEn", member.profile().englishJobTitle())
			.param("language", member.language())
			.param("hash", passwordHash)
			.param("mustChange", member.mustChangePassword())
			.param("changedAt", passwordHash == null ? null : Rows.at(clock.instant()))
			.param("now", Rows.at(clock.instant()))
			.update();
		jdbc.sql("""
				INSERT INTO accounts_membership (user_id, tenant_id, status, roles, created_at)
				VALUES (:id, :tenant, :status, CAST(:roles AS VARCHAR(10)[]), :now)""")
			.param("id", member.id())
			.param("tenant", member.tenantId())
			.param("status", member.status().name())
			.param("roles", Rows.roles(member.roles()))
			.param("now", Rows.at(clock.instant()))
			.update();
	}

	public Optional<Member> find(UUID tenantId, UUID memberId) {
		return jdbc.sql(SELECT + " WHERE m.tenant_id = :tenant AND m.user_id = :id")
			.param("tenant", tenantId)
			.param("id", memberId)
			.query(MEMBER)
			.optional();
	}

	public List<Member> list(UUID tenantId) {
		return jdbc.sql(SELECT + " WHERE m.tenant_id = :tenant ORDER BY lower(u.name), u.id")
			.param("tenant", tenantId)
			.query(MEMBER)
			.list();
	}

	/** The member an e-mail address belongs to, with their password hash, whatever their tenant. */
	public Optional<Credentials> credentials(String email) {
		return jdbc.sql(SELECT.replace("SELECT ", "SELECT u.password_hash, ") + " WHERE lower(u.email) = :email")
			.param("email", normalise(email))
			.query((rs, n) -> new Credentials(member(rs, n), rs.getString("password_hash")))
			.optional();
	}

	public Optional<String> passwordHash(UUID tenantId, UUID memberId) {
		return jdbc.sql("""
				SELECT u.password_hash FROM accounts_user u JOIN accounts_membership m ON m.user_id = u.id
				WHERE m.tenant_id = :tenant AND u.id = :id""")
			.param("tenant", tenantId)
			.param("id", memberId)
			.query((rs, n) -> Optional.ofNullable(rs.getString(1)))
			.optional()
			.flatMap(hash -> hash);
	}

	public boolean emailTaken(String email) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM accounts_user WHERE lower(email) = :email)")
			.param("email", normalise(email))
			.query(Boolean.class)
			.single();
	}

	public boolean anyExists() {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM accounts_user)").query(Boolean.class).single();
	}

	/** Changes the roles if nobody changed the member since {@code version} was read. */
	public boolean changeRoles(UUID tenantId, UUID memberId, Set<Role> roles, int version) {
		return jdbc.sql("""
				UPDATE accounts_membership SET roles = CAST(:roles AS VARCHAR(10)[]), version = version + 1
				WHERE tenant_id = :tenant AND user_id = :id AND version = :version""")
			.param("roles", Rows.roles(roles))
			.param("tenant", tenantId)
			.param("id", memberId)
			.param("version", version)
			.update() == 1;
	}

	public boolean changeStatus(UUID tenantId, UUID memberId, MemberStatus status, int version) {
		return jdbc.sql("""
				UPDATE accounts_membership SET status = :status, version = version + 1
				WHERE tenant_id = :tenant AND user_id = :id AND version = :version""")
			.param("status", status.name())
			.param("tenant", tenantId)
			.param("id", memberId)
			.param("version", version)
			.update() == 1;
	}

	public void changePassword(UUID tenantId, UUID memberId, String passwordHash, boolean mustChange) {
		jdbc.sql("""
				UPDATE accounts_user SET password_hash = :hash, must_change_password = :mustChange,
				                         password_changed_at = :now
				WHERE id = :id AND id IN (SELECT user_id FROM accounts_membership WHERE tenant_id = :tenant)""")
			.param("hash", passwordHash)
			.param("mustChange", mustChange)
			.param("now", Rows.at(clock.instant()))
			.param("id", memberId)
			.param("tenant", tenantId)
			.update();
	}

	/** Sets the names and job titles; the name shown in Katib becomes the one in the member's language. */
	public void changeProfile(UUID tenantId, UUID memberId, Profile profile, String language) {
		jdbc.sql("""
				UPDATE accounts_user SET name = coalesce(:name, name), language = :language, name_ar = :nameAr,
				  name_en = :nameEn, job_title_ar = :jobTitleAr, job_title_en = :jobTitleEn
				WHERE id = :id AND id IN (SELECT user_id FROM accounts_membership WHERE tenant_id = :tenant)""")
			.param("name", profile.named() ? profile.name("ar".equals(language), "") : null, Types.VARCHAR)
			.param("language", language)
			.param("nameAr", profile.arabicName(), Types.VARCHAR)
			.param("nameEn", profile.englishName(), Types.VARCHAR)
			.param("jobTitleAr", profile.arabicJobTitle(), Types.VARCHAR)
			.param("jobTitleEn", profile.englishJobTitle(), Types.VARCHAR)
			.param("id", memberId)
			.param("tenant", tenantId)
			.update();
	}

	/** How many active owners the organisation has, counted under a lock so two demotions cannot race. */
	public int activeOwnersLocked(UUID tenantId) {
		return jdbc.sql("""
				SELECT count(*) FROM (SELECT 1 FROM accounts_membership
				WHERE tenant_id = :tenant AND status = 'ACTIVE' AND 'OWNER' = ANY (roles) FOR UPDATE) owners""")
			.param("tenant", tenantId)
			.query(Integer.class)
			.single();
	}

	public static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	private static Member member(ResultSet rs, int row) throws SQLException {
		return new Member(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class), rs.getString("email"),
				rs.getString("name"), rs.getString("language"), MemberStatus.valueOf(rs.getString("status")),
				Rows.roles(rs, "roles"), rs.getBoolean("must_change_password"), rs.getString("phone"),
				new Profile(rs.getString("name_ar"), rs.getString("name_en"), rs.getString("job_title_ar"),
						rs.getString("job_title_en")),
				rs.getInt("version"));
	}

	/** A member and the hash of their password, if they have set one. */
	public record Credentials(Member member, @Nullable String passwordHash) {
	}
}
