package dev.katib.accounts.members;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.katib.accounts.Role;

/** Conversions between Java values and the columns of the accounts tables. */
public final class Rows {

	private Rows() {
	}

	public static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	public static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	/** A role set as a PostgreSQL array literal, bound with {@code CAST(:roles AS VARCHAR(10)[])}. */
	public static String roles(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(",", "{", "}"));
	}

	public static Set<Role> roles(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		EnumSet<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream((Object[]) array.getArray()).map(value -> Role.valueOf(value.toString())).forEach(roles::add);
		return roles;
	}
}
