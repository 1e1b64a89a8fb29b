package dev.katib.automation.flows;

import java.util.Map;
import java.util.UUID;

import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * What Quartz runs when a schedule comes due, in whichever process took the trigger: an execution of the
 * automation, keyed by the fire time it was due at, so even a fire handed to a second process after a crash
 * starts one execution.
 */
class ScheduleFire implements Job {

	static final String TENANT = "tenant";
	static final String AUTOMATION = "automation";

	private final AutomationStore automations;
	private final Executions executions;

	ScheduleFire(AutomationStore automations, Executions executions) {
		this.automations = automations;
		this.executions = executions;
	}

	@Override
	public void execute(JobExecutionContext context) {
		UUID tenantId = UUID.fromString(context.getMergedJobDataMap().getString(TENANT));
		UUID automationId = UUID.fromString(context.getMergedJobDataMap().getString(AUTOMATION));
		long due = context.getScheduledFireTime().toInstant().toEpochMilli();
		automations.find(tenantId, automationId)
			.filter(Automation::enabled)
			.filter(automation -> automation.triggerKind() == TriggerKind.SCHEDULE)
			.ifPresent(automation -> executions.start(automation, TriggerKind.SCHEDULE, "schedule:" + due,
					Map.of("dueAt", context.getScheduledFireTime().toInstant().toString()), Map.of()));
	}
}
