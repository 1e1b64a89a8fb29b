package dev.katib.automation.flows;

import java.util.Set;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.katib.accounts.Colleagues;

/**
 * Keeps Quartz's jobs in step with the automations: one job and one cron trigger (in the organisation's time zone)
 * per enabled schedule. A fire missed while no process ran is skipped, not caught up.
 */
@Component
class Schedules {

	private static final Logger log = LoggerFactory.getLogger(Schedules.class);
	private static final String GROUP = "automations";

	private final Scheduler scheduler;
	private final AutomationStore automations;
	private final Colleagues colleagues;

	Schedules(Scheduler scheduler, AutomationStore automations, Colleagues colleagues) {
		this.scheduler = scheduler;
		this.automations = automations;
		this.colleagues = colleagues;
	}

	/** Schedules the automation when it is an enabled schedule, and unschedules it otherwise. */
	void sync(Automation automation) {
		try {
			if (automation.triggerKind() != TriggerKind.SCHEDULE || !automation.enabled()) {
				scheduler.deleteJob(key(automation));
				return;
			}
			JobDetail job = JobBuilder.newJob(ScheduleFire.class).withIdentity(key(automation))
				.usingJobData(ScheduleFire.TENANT, automation.tenantId().toString())
				.usingJobData(ScheduleFire.AUTOMATION, automation.id().toString())
				.storeDurably(false).build();
			Trigger trigger = TriggerBuilder.newTrigger().withIdentity(automation.id().toString(), GROUP).forJob(job)
				.withSchedule(CronScheduleBuilder.cronSchedule(automation.definition().trigger().cron())
					.inTimeZone(TimeZone.getTimeZone(colleagues.timeZone(automation.tenantId())))
					.withMisfireHandlingInstructionDoNothing())
				.build();
			scheduler.scheduleJob(job, Set.of(trigger), true);
		}
		catch (SchedulerException failed) {
			throw new IllegalStateException("The schedule of automation " + automation.id() + " could not be saved",
					failed);
		}
	}

	void remove(Automation automation) {
		try {
			scheduler.deleteJob(key(automation));
		}
		catch (SchedulerException failed) {
			throw new IllegalStateException("The schedule of automation " + automation.id() + " could not be removed",
					failed);
		}
	}

	/** Every enabled schedule has its trigger, after a restore of the database or an upgrade. */
	@EventListener(ApplicationReadyEvent.class)
	void bringInStep() {
		int count = 0;
		for (Automation automation : automations.enabledSchedules()) {
			try {
				if (!scheduler.checkExists(key(automation))) {
					sync(automation);
					count++;
				}
			}
			catch (SchedulerException | RuntimeException failed) {
				log.warn("The schedule of automation {} could not be restored: {}", automation.id(), failed.getMessage());
			}
		}
		if (count > 0) {
			log.info("Restored {} automation schedules", count);
		}
	}

	private static JobKey key(Automation automation) {
		return JobKey.jobKey(automation.id().toString(), GROUP);
	}
}
