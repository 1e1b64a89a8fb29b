package dev.katib.automation.batch;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.accounts.RequiresPermission;

/**
 * Batch runs over HTTP: one letter per record of a table, drafted from a request template by a Spring Batch job
 * that survives restarts. See docs/batches.md.
 */
@RestController
@RequestMapping("/api/v1/batches")
@RequiresPermission(Permission.USE_SOURCES)
@Validated
class BatchRunsApi {

	private final BatchRuns runs;
	private final RunControl control;
	private final Callers callers;

	BatchRunsApi(BatchRuns runs, RunControl control, Callers callers) {
		this.runs = runs;
		this.control = control;
		this.callers = callers;
	}

	@Operation(summary = "List the organisation's latest batch runs with their progress")
	@GetMapping
	List<RunView> list() {
		return runs.list(callers.current());
	}

	@Operation(summary = "Create a batch run, ready to preview and start",
			description = "The table, view, conditions, category and language are checked, and every merge field of "
					+ "the template must name a column of the table or a merge field of its mapping: an unknown one "
					+ "answers validation-failed with field=template and the unknownFields listed. Nothing is drafted.")
	@RequiresPermission(Permission.WRITE_LETTERS)
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<RunView> create(@RequestBody NewRun body) {
		RunView run = runs.create(callers.current(), body);
		return ResponseEntity.created(URI.create("/api/v1/batches/" + run.id())).body(run);
	}

	@Operation(summary = "Show a batch run with its rows per status, rate and time left")
	@GetMapping("/{id}")
	RunView run(@PathVariable UUID id) {
		return runs.get(callers.current(), id);
	}

	@Operation(summary = "List a batch run's rows in order, with each row's status, letter and problem")
	@GetMapping("/{id}/rows")
	List<RowView> rows(@PathVariable UUID id,
			@Parameter(description = "WAITING, DRAFTING, DRAFTED, SUBMITTED, FAILED or SKIPPED")
			@RequestParam(required = false) @Nullable RowStatus status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return runs.rows(callers.current(), id, status, page, size);
	}

	@Operation(summary = "Draft the letters of the run's first three records, to read before starting, with an "
			+ "estimate of the whole run",
			description = "The letters are drafted for real, as the run would draft them, but are not rows of the "
					+ "run and use no quota (their usage is recorded in the ledger as BATCH_PREVIEW and the "
					+ "exemption audited): asking again returns the same letters. The answer waits for their drafts "
					+ "and gives `letters` and `estimate`: the run's records (`count`), tokens and cost from the "
					+ "preview letters' real usage, what remains of this month's quotas and whether it `covered`s "
					+ "the run.")
	@RequiresPermission(Permission.WRITE_LETTERS)
	@PostMapping("/{id}/preview")
	RunPreview preview(@PathVariable UUID id) {
		return runs.preview(callers.current(), id);
	}

	@Operation(summary = "Start a ready batch run")
	@RequiresPermission(Permission.WRITE_LETTERS)
	@PostMapping("/{id}/start")
	RunView start(@PathVariable UUID id) {
		return control.start(callers.current(), id);
	}

	@Operation(summary = "Pause a running batch run after its current chunk")
	@RequiresPermission(Permission.WRITE_LETTERS)
	@PostMapping("/{id}/pause")
	RunView pause(@PathVariable UUID id) {
		return control.pause(callers.current(), id);
	}

	@Operation(summary = "Resume a paused or failed batch run from its last committed chunk")
	@RequiresPermission(Permission.WRITE_LETTERS)
	@PostMapping("/{id}/resume")
	RunView resume(@PathVariable UUID id) {
		return control.resume(callers.current(), id);
	}

	@Operation(summary = "Cancel a batch run; rows not drafted yet are skipped")
	@RequiresPermission(Permission.WRITE_LETTERS)
	@PostMapping("/{id}/cancel")
	RunView cancel(@PathVariable UUID id) {
		return control.cancel(callers.current(), id);
	}

	@Operation(summary = "Draft a stopped or finished batch run's failed rows again")
	@RequiresPermission(Permission.WRITE_LETTERS)
	@PostMapping("/{id}/retry")
	RunView retry(@PathVariable UUID id) {
		return control.retry(callers.current(), id);
	}
}
