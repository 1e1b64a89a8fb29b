package dev.katib.archive.storage;

import java.net.URI;
import java.nio.file.Path;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Where archived files are kept.
 *
 * @param backend {@code filesystem} (default), {@code s3} or {@code drive} ({@code KATIB_STORAGE})
 * @param directory folder of the filesystem backend ({@code KATIB_STORAGE_DIR}, default {@code KATIB_DATA_DIR/files})
 * @param maxFileSize largest file the archive accepts ({@code KATIB_ARCHIVE_MAX_FILE})
 * @param s3 settings of the S3 backend
 * @param drive settings of the Google Drive backend
 */
@ConfigurationProperties("katib.storage")
@Validated
public record StorageProperties(@NotNull Backend backend, @NotNull(message = "set KATIB_STORAGE_DIR") Path directory,
		@NotNull DataSize maxFileSize, @Valid S3 s3, @Valid Drive drive) {

	public enum Backend {
		FILESYSTEM, S3, DRIVE
	}

	/**
	 * @param credentials path to the service account's JSON key ({@code KATIB_GOOGLE_CREDENTIALS}); never logged
	 * @param folder id of the Drive folder, shared with the service account, that holds one folder per
	 * organisation ({@code KATIB_DRIVE_FOLDER})
	 * @param rootUrl the Drive API's base URL; only changed to reach a private endpoint or a test double
	 */
	public record Drive(@Nullable Path credentials,
			@Nullable @jakarta.validation.constraints.Pattern(regexp = "^$|^[A-Za-z0-9_-]{5,128}$",
					message = "KATIB_DRIVE_FOLDER must be a Drive folder id") String folder,
			@Nullable String rootUrl) {
	}

	/**
	 * @param endpoint the service's URL, for S3-compatible servers ({@code KATIB_S3_ENDPOINT}); AWS when empty
	 * @param region ({@code KATIB_S3_REGION})
	 * @param bucket ({@code KATIB_S3_BUCKET})
	 * @param accessKey ({@code KATIB_S3_ACCESS_KEY})
	 * @param secretKey ({@code KATIB_S3_SECRET_KEY}); never logged
	 * @param pathStyle whether to address the bucket in the path, as most S3-compatible servers need
	 */
	public record S3(@Nullable URI endpoint, @Nullable String region, @Nullable String bucket, @Nullable String accessKey,
			@Nullable String secretKey, boolean pathStyle) {

		@Override
		public String toString() {
			return "S3[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + "]";
		}
	}
}
