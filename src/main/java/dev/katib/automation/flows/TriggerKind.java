package dev.katib.automation.flows;

/** What starts an automation. */
enum TriggerKind {
	/** A member, from the page or the API. */
	MANUAL,
	/** A cron expression, in the organisation's time zone. */
	SCHEDULE,
	/** A record created or changed in a table of a data source. */
	RECORD,
	/** A signed HTTP call to the automation's own URL. */
	HOOK,
	/** A letter submitted, approved, returned or signed. */
	LETTER
}
