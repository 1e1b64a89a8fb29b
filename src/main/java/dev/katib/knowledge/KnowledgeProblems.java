package dev.katib.knowledge;

import org.springframework.http.HttpStatus;

import dev.katib.platform.ProblemType;

/** The problems the writing knowledge reports besides the common ones. */
public final class KnowledgeProblems {

	/** A recipient that letters are addressed to stays in the directory. */
	public static final ProblemType RECIPIENT_IN_USE = new ProblemType("recipient-in-use", HttpStatus.CONFLICT,
			"Recipient in use");

	/** A category that letters were written in cannot be removed. */
	public static final ProblemType CATEGORY_IN_USE = new ProblemType("category-in-use", HttpStatus.CONFLICT,
			"Category in use");

	/** The organisation (or the writer) already has as many of these as a draft can use. */
	public static final ProblemType LIMIT_REACHED = new ProblemType("knowledge-limit-reached", HttpStatus.CONFLICT,
			"Limit reached");

	private KnowledgeProblems() {
	}
}
