package dev.katib.platform.database;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where Katib keeps its data. With no URL, an embedded PostgreSQL runs in {@code dataDir}.
 *
 * @param dataDir folder for the embedded database and local files ({@code KATIB_DATA_DIR})
 * @param url JDBC URL of an external PostgreSQL ({@code KATIB_DATABASE_URL})
 * @param user its user ({@code KATIB_DATABASE_USER})
 * @param password its password ({@code KATIB_DATABASE_PASSWORD})
 * @param poolSize largest number of pooled connections ({@code KATIB_DATABASE_POOL_SIZE})
 */
@ConfigurationProperties("katib.database")
@Validated
record DatabaseProperties(
		@NotNull(message = "set KATIB_DATA_DIR to a folder Katib may write to") Path dataDir,
		@Nullable @Pattern(regexp = "^$|^jdbc:postgresql://.+",
				message = "KATIB_DATABASE_URL must be a PostgreSQL JDBC URL such as jdbc:postgresql://db:5432/katib") String url,
		@Nullable String user, @Nullable String password,
		@Min(value = 2, message = "KATIB_DATABASE_POOL_SIZE must be at least 2")
		@Max(value = 200, message = "KATIB_DATABASE_POOL_SIZE must be at most 200") int poolSize) {

	boolean external() {
		return url != null && !url.isBlank();
	}
}
