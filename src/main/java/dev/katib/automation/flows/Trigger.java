package dev.katib.automation.flows;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What starts an automation, with what each kind needs.
 *
 * @param kind manual, schedule, record, hook or letter
 * @param cron for a schedule: a Quartz cron expression (seconds first), in the organisation's time zone
 * @param sourceId for a record trigger, and for steps that read or write the record: the data source
 * @param baseId the base of the table ({@code local} for built-in tables)
 * @param tableId the table
 * @param on for a record trigger: {@code created} (once per record) or {@code changed} (each time it changes)
 * @param readyField for a record trigger: a field that must hold (not empty, not false) for it to fire
 * @param letterEvent for a letter trigger: {@code submitted}, {@code approved}, {@code returned} or {@code signed}
 */
record Trigger(@Nullable TriggerKind kind, @Nullable String cron, @Nullable UUID sourceId, @Nullable String baseId,
		@Nullable String tableId, @Nullable String on, @Nullable String readyField, @Nullable String letterEvent) {

	static Trigger manual() {
		return new Trigger(TriggerKind.MANUAL, null, null, null, null, null, null, null);
	}

	boolean hasTable() {
		return sourceId != null && tableId != null;
	}
}
