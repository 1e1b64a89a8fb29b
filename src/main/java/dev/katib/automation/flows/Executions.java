package dev.katib.automation.flows;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.katib.accounts.Caller;
import dev.katib.automation.WorkAccess;
import dev.katib.platform.Ids;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Starting executions when a trigger fires, reading them with their steps, and retrying a failed one from the step
 * it failed at. A start stores the execution and its {@link ExecutionQueued} event in one transaction; the same
 * firing (the same {@code fireKey}) never starts a second one.
 */
@Service
class Executions {

	static final int MAX_LISTED = 100;

	private final ExecutionStore executions;
	private final StepRunStore runs;
	private final AutomationStore automations;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;

	Executions(ExecutionStore executions, StepRunStore runs, AutomationStore automations, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.executions = executions;
		this.runs = runs;
		this.automations = automations;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Starts an execution of the automation for one firing of its trigger, unless that firing started one already.
	 * When the automation's conditions do not hold for the trigger's fields, the execution is kept as skipped.
	 *
	 * @param fields what the steps read and merge: the record's fields, the hook's body, the letter's facts
	 * @return the execution started, or empty when the firing had started one
	 */
	Optional<Execution> start(Automation automation, TriggerKind kind, String fireKey, Map<String, Object> triggerData,
			Map<String, String> fields) {
		UUID id = Ids.newId(clock);
		Map<String, String> context = new HashMap<>(fields);
		context.put(FlowFields.EXECUTION_ID, id.toString());
		Definition definition = automation.definition();
		boolean runs = FlowCondition.allHold(definition.conditions(), context);
		Execution execution = new Execution(id, automation.tenantId(), automation.id(),
				runs ? ExecutionStatus.QUEUED : ExecutionStatus.SKIPPED, kind,
				fireKey.length() > 300 ? fireKey.substring(0, 300) : fireKey, triggerData, definition, context,
				runs ? definition.first() : null, null, null, null, clock.instant(), clock.instant(),
				runs ? null : clock.instant());
		Boolean stored = transactions.execute(status -> {
			if (!executions.insert(execution)) {
				return false;
			}
			if (runs) {
				events.publishEvent(new ExecutionQueued(execution.tenantId(), id));
			}
			else {
				executions.progress(execution.tenantId(), id, ExecutionStatus.SKIPPED, context, null, null, null, null,
						clock.instant());
			}
			return true;
		});
		return Boolean.TRUE.equals(stored) ? Optional.of(execution) : Optional.empty();
	}

	List<ExecutionView> list(Caller caller, UUID automationId, int page, int size) {
		Automation automation = readable(caller, automationId);
		return executions.list(caller.tenantId(), automation.id(), page * size, size).stream()
			.map(execution -> ExecutionView.of(execution, List.of()))
			.toList();
	}

	ExecutionView get(Caller caller, UUID automationId, UUID executionId) {
		Automation automation = readable(caller, automationId);
		Execution execution = executions.get(caller.tenantId(), executionId);
		if (!execution.automationId().equals(automation.id())) {
			throw KatibException.notFound("The execution");
		}
		return ExecutionView.of(execution, runs.of(caller.tenantId(), executionId));
	}

	/** Runs a failed execution again from the step it failed at; the steps before it are not run again. */
	ExecutionView retry(Caller caller, UUID automationId, UUID executionId) {
		WorkAccess.requireControl(caller, readable(caller, automationId).ownerId());
		get(caller, automationId, executionId);
		transactions.executeWithoutResult(status -> {
			if (!executions.requeue(caller.tenantId(), executionId, clock.instant())) {
				throw new KatibException(ProblemType.CONFLICT, "Only a failed execution can be retried.");
			}
			events.publishEvent(new ExecutionQueued(caller.tenantId(), executionId));
		});
		return get(caller, automationId, executionId);
	}

	private Automation readable(Caller caller, UUID automationId) {
		WorkAccess.requireRead(caller);
		return automations.get(caller.tenantId(), automationId);
	}
}
