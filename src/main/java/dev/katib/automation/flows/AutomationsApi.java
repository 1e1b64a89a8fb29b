package dev.katib.automation.flows;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.accounts.RequiresPermission;

/** Automations over HTTP: a trigger, conditions and steps, and their executions. See docs/automations.md. */
@RestController
@RequestMapping("/api/v1/automations")
@RequiresPermission(Permission.USE_SOURCES)
@Tag(name = "Automation")
@Validated
class AutomationsApi {

	private final Automations automations;
	private final Executions executions;
	private final RecordFields records;
	private final Callers callers;

	AutomationsApi(Automations automations, Executions executions, RecordFields records, Callers callers) {
		this.automations = automations;
		this.executions = executions;
		this.records = records;
		this.callers = callers;
	}

	/** What a run started by hand may name: a record of the automation's table. */
	record RunRequest(@Nullable String recordId) {
	}

	@Operation(summary = "List the organisation's automations")
	@GetMapping
	List<AutomationView> list() {
		return automations.list(callers.current());
	}

	@Operation(summary = "Create an automation",
			description = "The trigger, conditions and steps are checked against the table: a field it lacks answers "
					+ "validation-failed naming it (e.g. field=steps[1].fields.Status). An automation with an "
					+ "inbound-call trigger or a webhook step gets its secret in this answer only.")
	@RequiresPermission(Permission.WRITE_LETTERS)
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<AutomationView> create(@RequestBody AutomationRequest body) {
		AutomationView created = automations.create(callers.current(), body);
		return ResponseEntity.created(URI.create("/api/v1/automations/" + created.id())).body(created);
	}

	@Operation(summary = "Show an automation, with a schedule's next five fire times")
	@GetMapping("/{id}")
	AutomationView get(@PathVariable UUID id) {
		return automations.get(callers.current(), id);
	}

	@Operation(summary = "Replace an automation's name, trigger, conditions and steps")
	@RequiresPermission(Permission.WRITE_LETTERS)
	@PutMapping("/{id}")
	AutomationView update(@PathVariable UUID id, @RequestBody AutomationRequest body) {
		return automations.update(callers.current(), id, body);
	}

	@Operation(summary = "Delete an automation and its executions")
	@RequiresPermission(Permission.WRITE_LETTERS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/{id}")
	void delete(@PathVariable UUID id) {
		automations.delete(callers.current(), id);
	}

	@Operation(summary = "Switch an automation's trigger on")
	@RequiresPermission(Permission.WRITE_LETTERS)
	@PostMapping("/{id}/enable")
	AutomationView enable(@PathVariable UUID id) {
		return automations.enable(callers.current(), id, true);
	}

	@Operation(summary = "Switch an automation's trigger off; executions under way go on")
	@RequiresPermission(Permission.WRITE_LETTERS)
	@PostMapping("/{id}/disable")
	AutomationView disable(@PathVariable UUID id) {
		return automations.enable(callers.current(), id, false);
	}

	@Operation(summary = "Make a new secret for an automation's inbound calls and webhook steps, shown once")
	@RequiresPermission(Permission.WRITE_LETTERS)
	@PostMapping("/{id}/secret")
	AutomationView renewSecret(@PathVariable UUID id) {
		return automations.renewSecret(callers.current(), id);
	}

	@Operation(summary = "Run an automation now, optionally with a record of its table")
	@RequiresPermission(Permission.WRITE_LETTERS)
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PostMapping("/{id}/run")
	ExecutionView run(@PathVariable UUID id, @RequestBody(required = false) @Nullable RunRequest body) {
		return automations.runNow(callers.current(), id, body == null ? null : body.recordId(), records);
	}

	@Operation(summary = "List an automation's executions, newest first")
	@GetMapping("/{id}/executions")
	List<ExecutionView> executions(@PathVariable UUID id,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(Executions.MAX_LISTED) int size) {
		return executions.list(callers.current(), id, page, size);
	}

	@Operation(summary = "Show an execution with every attempt at every step: input, output, duration, error")
	@GetMapping("/{id}/executions/{executionId}")
	ExecutionView execution(@PathVariable UUID id, @PathVariable UUID executionId) {
		return executions.get(callers.current(), id, executionId);
	}

	@Operation(summary = "Retry a failed execution from the step it failed at")
	@RequiresPermission(Permission.WRITE_LETTERS)
	@PostMapping("/{id}/executions/{executionId}/retry")
	ExecutionView retry(@PathVariable UUID id, @PathVariable UUID executionId) {
		return executions.retry(callers.current(), id, executionId);
	}
}
