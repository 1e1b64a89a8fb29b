package dev.katib.archive.internal;

import org.springframework.http.HttpStatus;

import dev.katib.platform.ProblemType;

/** The problem types of the archive's files. */
final class ArchiveProblems {

	static final ProblemType FILE_TOO_LARGE = new ProblemType("file-too-large", HttpStatus.CONTENT_TOO_LARGE,
			"File too large");

	static final ProblemType FILE_CORRUPTED = new ProblemType("file-corrupted", HttpStatus.INTERNAL_SERVER_ERROR,
			"Stored file corrupted");

	static final ProblemType FILE_IS_A_RECORD = new ProblemType("file-is-a-record", HttpStatus.CONFLICT,
			"The file is a record");

	static final ProblemType FILE_NOT_FOUND = new ProblemType("file-not-found", HttpStatus.NOT_FOUND,
			"File not found");

	private ArchiveProblems() {
	}
}
