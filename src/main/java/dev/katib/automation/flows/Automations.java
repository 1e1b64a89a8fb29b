package dev.katib.automation.flows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Colleagues;
import dev.katib.automation.WorkAccess;
import dev.katib.platform.Ids;
import dev.katib.platform.Inputs;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * The organisation's automations: making, changing, switching on and off and removing one (its schedule kept in
 * step with Quartz), reading them, and running one now.
 */
@Service
class Automations {

	static final int MAX_LISTED = 200;
	static final int FIRE_TIMES = 5;

	private final AutomationStore automations;
	private final DefinitionRules rules;
	private final HookSecrets secrets;
	private final Schedules schedules;
	private final Executions executions;
	private final Colleagues colleagues;
	private final Clock clock;

	Automations(AutomationStore automations, DefinitionRules rules, HookSecrets secrets,
			Schedules schedules, Executions executions, Colleagues colleagues, Clock clock) {
		this.automations = automations;
		this.rules = rules;
		this.secrets = secrets;
		this.schedules = schedules;
		this.executions = executions;
		this.colleagues = colleagues;
		this.clock = clock;
	}

	/**
	 * Makes an automation; one with an inbound-call trigger or a webhook step gets its secret, shown in this
	 * answer only.
	 */
	AutomationView create(Caller caller, AutomationRequest request) {
		WorkAccess.requireCreate(caller);
		String name = Inputs.required(request.name(), "name", 1, 200);
		Definition definition = rules.checked(caller, request.trigger(), request.conditions(), request.steps(),
				zone(caller.tenantId()));
		Instant now = clock.instant();
		Automation automation = new Automation(Ids.newId(clock), caller.tenantId(), caller.userId(), name,
				!Boolean.FALSE.equals(request.enabled()), definition, false, now, now);
		automations.insert(automation);
		String secret = needsSecret(definition) ? secrets.renew(caller.tenantId(), automation.id()) : null;
		schedules.sync(automation);
		return view(automations.get(caller.tenantId(), automation.id()), secret);
	}

	/** Replaces the automation's definition; it runs as the member who saved it from now on. */
	AutomationView update(Caller caller, UUID id, AutomationRequest request) {
		Automation current = controllable(caller, id);
		String name = Inputs.required(request.name(), "name", 1, 200);
		Definition definition = rules.checked(caller, request.trigger(), request.conditions(), request.steps(),
				zone(caller.tenantId()));
		Automation changed = new Automation(current.id(), current.tenantId(), caller.userId(), name,
				request.enabled() == null ? current.enabled() : request.enabled(), definition, current.hookSecret(),
				current.createdAt(), clock.instant());
		automations.update(changed);
		String secret = needsSecret(definition) && !current.hookSecret()
				? secrets.renew(caller.tenantId(), current.id()) : null;
		schedules.sync(changed);
		return view(automations.get(caller.tenantId(), id), secret);
	}

	AutomationView enable(Caller caller, UUID id, boolean enabled) {
		Automation current = controllable(caller, id);
		Automation changed = new Automation(current.id(), current.tenantId(), current.ownerId(), current.name(),
				enabled, current.definition(), current.hookSecret(), current.createdAt(), clock.instant());
		automations.update(changed);
		schedules.sync(changed);
		return view(changed, null);
	}

	void delete(Caller caller, UUID id) {
		Automation current = controllable(caller, id);
		schedules.remove(current);
		automations.delete(caller.tenantId(), id);
	}

	/** A new secret, replacing the old one at once: shown in this answer only. */
	AutomationView renewSecret(Caller caller, UUID id) {
		Automation current = controllable(caller, id);
		String secret = secrets.renew(caller.tenantId(), current.id());
		return view(automations.get(caller.tenantId(), id), secret);
	}

	AutomationView get(Caller caller, UUID id) {
		return view(readable(caller, id), null);
	}

	List<AutomationView> list(Caller caller) {
		WorkAccess.requireRead(caller);
		return automations.list(caller.tenantId(), MAX_LISTED).stream().map(automation -> view(automation, null))
			.toList();
	}

	/**
	 * Runs the automation now, whatever its trigger and whether or not it is switched on, with the given record of
	 * its table when it has one.
	 */
	ExecutionView runNow(Caller caller, UUID id, @Nullable String recordId, RecordFields recordFields) {
		Automation automation = controllable(caller, id);
		Map<String, String> fields = Map.of();
		if (recordId != null) {
			if (!automation.definition().trigger().hasTable()) {
				throw Inputs.invalid("recordId", "This automation has no table to take a record from.");
			}
			fields = recordFields.of(caller, automation, Inputs.required(recordId, "recordId", 1, 200));
		}
		Execution started = executions.start(automation, TriggerKind.MANUAL, "manual:" + Ids.newId(clock),
				Map.of("by", caller.userId().toString(), "recordId", recordId == null ? "" : recordId), fields)
			.orElseThrow(() -> new KatibException(ProblemType.CONFLICT, "The run was started already."));
		return executions.get(caller, id, started.id());
	}

	private AutomationView view(Automation automation, @Nullable String secret) {
		List<Instant> fires = automation.triggerKind() == TriggerKind.SCHEDULE && automation.enabled()
				? Cron.next(automation.definition().trigger().cron(), zone(automation.tenantId()), clock.instant(),
						FIRE_TIMES)
				: List.of();
		return AutomationView.of(automation, secret, fires);
	}

	private ZoneId zone(UUID tenantId) {
		return colleagues.timeZone(tenantId);
	}

	private static boolean needsSecret(Definition definition) {
		return definition.trigger().kind() == TriggerKind.HOOK
				|| definition.steps().stream().anyMatch(step -> step.type() == StepType.WEBHOOK);
	}

	private Automation readable(Caller caller, UUID id) {
		WorkAccess.requireRead(caller);
		return automations.get(caller.tenantId(), id);
	}

	private Automation controllable(Caller caller, UUID id) {
		Automation automation = readable(caller, id);
		WorkAccess.requireControl(caller, automation.ownerId());
		return automation;
	}
}
