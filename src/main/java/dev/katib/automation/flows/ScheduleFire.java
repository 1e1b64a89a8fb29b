package dev.katib.automation.flows;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Quartz runs when a schedule comes due, in whichever process took the trigger: an execution of the
 * automation, keyed by the fire time it was due at, so even a fire handed to a second process after a crash
 * starts one execution.
 */
class ScheduleFire implements Job {

	private static final Logger log = LoggerFactory.getLogger(ScheduleFire.class);

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
		Instant due = context.getScheduledFireTime().toInstant();
		automations.find(tenantId, automationId)
			.filter(Automation::enabled)
			.filter(automation -> automation.triggerKind() == TriggerKind.SCHEDULE)
			.ifPresent(automation -> {
				Optional<Execution> started = executions.start(automation, TriggerKind.SCHEDULE,
						"schedule:" + due.toEpochMilli(), Map.of("dueAt", due.toString()), Map.of());
				// one line per fire, in the log of the process that fired, so that each due time can be traced
				log.info("Schedule of automation {} due at {} fired here: {}", automationId, due,
						started.map(execution -> "execution " + execution.id())
							.orElse("its execution had started already"));
			});
	}
}
