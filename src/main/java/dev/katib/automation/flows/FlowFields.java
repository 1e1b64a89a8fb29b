package dev.katib.automation.flows;

/** The names of the fields an execution gives its steps besides the record's own. */
final class FlowFields {

	static final String RECORD_ID = "record.id";
	static final String LETTER_ID = "letter.id";
	static final String LETTER_STATUS = "letter.status";
	static final String LETTER_NUMBER = "letter.number";
	static final String LETTER_VERIFICATION = "letter.verification";
	static final String EXECUTION_ID = "execution.id";

	private FlowFields() {
	}
}
