package dev.katib.automation.flows;

/** What a step does. */
enum StepType {
	/** Drafts a letter from the record, through the same drafting as batch runs and the new-letter form. */
	DRAFT,
	/** Submits the execution's letter for review. */
	SUBMIT,
	/** Waits, holding no thread, until the letter is approved or signed. */
	WAIT,
	/** Waits until the signed letter's PDF is rendered and archived, and gives its verification code. */
	ARCHIVE,
	/** Sends the archived PDF by e-mail or WhatsApp through the delivery module. */
	DELIVER,
	/** Writes values into the trigger's record, in its source. */
	UPDATE_RECORD,
	/** Posts the execution's data to a URL, signed as Katib's webhooks are. */
	WEBHOOK,
	/** Goes on at one step when its conditions hold, at another when they do not. */
	CONDITION
}
