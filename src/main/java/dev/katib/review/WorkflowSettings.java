package dev.katib.review;

import java.util.Set;

/**
 * How an organisation runs its letters' workflow.
 *
 * @param reviewOptionalFor categories whose letters are approved when submitted, without a review
 * @param writersApproveOwn whether the writer of a letter may approve it; otherwise only someone else with the
 *        reviewer role, an administrator or an owner may
 * @param numberingAt when a letter receives its number
 * @param format how numbers are written
 * @param signRequiresPassword whether signing asks for the signer's password again
 */
record WorkflowSettings(Set<String> reviewOptionalFor, boolean writersApproveOwn, NumberingAt numberingAt,
		NumberFormat format, boolean signRequiresPassword) {

	static final WorkflowSettings DEFAULTS = new WorkflowSettings(Set.of(), false, NumberingAt.APPROVAL,
			new NumberFormat("OUT", NumberFormat.Calendar.HIJRI, 6), false);

	WorkflowSettings {
		reviewOptionalFor = Set.copyOf(reviewOptionalFor);
	}

	boolean reviewOptional(String category) {
		return reviewOptionalFor.contains(category);
	}

	/** The moment in a letter's life when it receives its number. */
	enum NumberingAt {
		APPROVAL, SIGNING
	}
}
