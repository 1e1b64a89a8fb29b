package dev.katib.documents;

import org.springframework.http.HttpStatus;

import dev.katib.platform.ProblemType;

/** The kinds of error the documents module reports. */
public final class DocumentProblems {

	public static final ProblemType DOCUMENT_TOO_LARGE = ProblemType.DOCUMENT_TOO_LARGE;

	public static final ProblemType INVALID_LETTERHEAD = new ProblemType("invalid-letterhead",
			HttpStatus.BAD_REQUEST, "Invalid letterhead");

	public static final ProblemType INVALID_IMAGE = new ProblemType("invalid-image", HttpStatus.BAD_REQUEST,
			"Invalid image");

	public static final ProblemType NO_ACTIVE_LETTERHEAD = new ProblemType("no-active-letterhead",
			HttpStatus.CONFLICT, "No active letterhead");

	public static final ProblemType LETTERHEAD_NOT_DRAFT = new ProblemType("letterhead-not-draft",
			HttpStatus.CONFLICT, "Letterhead version is not a draft");

	private DocumentProblems() {
	}
}
