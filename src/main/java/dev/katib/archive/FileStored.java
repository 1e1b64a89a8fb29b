package dev.katib.archive;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Published once a file is safely stored and indexed. */
public record FileStored(UUID fileId, UUID tenantId, FileKind kind, String sha256, long size,
		@Nullable String subjectType, @Nullable String subjectId) {
}
