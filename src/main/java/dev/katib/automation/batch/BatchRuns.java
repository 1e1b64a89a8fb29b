package dev.katib.automation.batch;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import dev.katib.accounts.Caller;
import dev.katib.automation.WorkAccess;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.FieldMappings;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableField;
import dev.katib.connectors.TableRef;
import dev.katib.knowledge.CategoryCatalogue;
import dev.katib.knowledge.Language;
import dev.katib.letters.DraftingState;
import dev.katib.letters.LetterView;
import dev.katib.platform.Ids;
import dev.katib.platform.Inputs;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;
import dev.katib.usage.UsageEstimates;

/**
 * The organisation's batch runs: creating one (its table, view, conditions and template checked before anything
 * is drafted), previewing its first letters, and reading runs with their progress and rows.
 */
@Service
class BatchRuns {

	/** The letters a preview drafts. */
	static final int PREVIEW = 3;
	static final int MAX_LISTED = 100;
	/** How long a preview waits for the usage ledger to record its letters' model calls. */
	static final java.time.Duration LEDGER_WAIT = java.time.Duration.ofSeconds(15);

	private final BatchRunStore runs;
	private final BatchRowStore rows;
	private final DataSources sources;
	private final FieldMappings mappings;
	private final CategoryCatalogue categories;
	private final RunRecords records;
	private final RowDrafting drafting;
	private final DraftEnds ends;
	private final UsageEstimates estimates;
	private final BatchSettings settings;
	private final Clock clock;
	private final WriteBackStore writeBacks;

	BatchRuns(BatchRunStore runs, BatchRowStore rows, DataSources sources, FieldMappings mappings,
			CategoryCatalogue categories, RunRecords records, RowDrafting drafting, DraftEnds ends,
			UsageEstimates estimates, BatchSettings settings, Clock clock, WriteBackStore writeBacks) {
		this.runs = runs;
		this.rows = rows;
		this.sources = sources;
		this.mappings = mappings;
		this.categories = categories;
		this.records = records;
		this.drafting = drafting;
		this.ends = ends;
		this.estimates = estimates;
		this.settings = settings;
		this.clock = clock;
		this.writeBacks = writeBacks;
	}

	/**
	 * Creates a run, ready to start.
	 *
	 * @throws KatibException validation failed naming the field: a missing or unknown table, view, category or
	 *         language, a condition on a field the table lacks, a template whose merge field names no column (the
	 *         {@code unknownFields} are listed); conflict when the table has no field mapping
	 */
	RunView create(Caller caller, NewRun request) {
		WorkAccess.requireCreate(caller);
		String name = Inputs.required(request.name(), "name", 1, 200);
		if (request.sourceId() == null) {
			throw Inputs.invalid("sourceId", "sourceId is required.");
		}
		TableRef ref = new TableRef(request.sourceId(), Inputs.required(request.baseId(), "baseId", 1, 64),
				Inputs.required(request.tableId(), "tableId", 1, 64));
		SourceTable table = sources.table(caller, ref);
		String view = Inputs.optional(request.view(), "view", 200);
		if (view != null && !table.views().contains(view)) {
			throw Inputs.invalid("view", "Table " + table.name() + " has no view named \"" + view + "\".");
		}
		List<Condition> conditions = Condition.checked(request.conditions() == null ? List.of() : request.conditions(),
				table);
		String category = Inputs.required(request.category(), "category", 1, 80);
		if (categories.list(caller.tenantId()).stream().noneMatch(entry -> entry.category().key().equals(category))) {
			throw Inputs.invalid("category", "The organisation has no category \"" + category + "\".");
		}
		Language language = Language.fromCode(Inputs.required(request.language(), "language", 2, 2))
			.orElseThrow(() -> Inputs.invalid("language", "language must be \"ar\" or \"en\"."));
		RequestTemplate template = template(request.template());
		checkMergeFields(caller, table, ref, template);
		WriteBackFields writeBack = WriteBackFields.checked(request.writeBack(), table);
		BatchRun run = new BatchRun(Ids.newId(clock), caller.tenantId(), caller.userId(), name, ref, view, conditions,
				category, language, template, Boolean.TRUE.equals(request.submitForReview()), RunStatus.READY, 1, null,
				null, clock.instant(), null, null);
		runs.insert(run);
		if (writeBack != null) {
			writeBacks.save(run.tenantId(), run.id(), writeBack);
		}
		return RunView.of(run, Map.of(), 0, clock.instant());
	}

	/**
	 * Drafts the letters of the run's first three records for real, as the run would, so the writer can read
	 * them before starting, and estimates the whole run from them. They are letters of their own, not rows of the
	 * run, and use no quota: drafting the preview again returns the same letters, and the run drafts its rows
	 * afresh. The preview waits for the letters' drafts, whose real usage the estimate multiplies by the records.
	 */
	RunPreview preview(Caller caller, UUID runId) {
		BatchRun run = controllable(caller, runId);
		List<LetterView> drafted = records.first(caller, run.table(), run.view(), run.conditions(), PREVIEW).stream()
			.map(record -> drafting.preview(caller, run.id(), record, run.category(), run.language(), run.template()))
			.toList();
		List<LetterView> ended = drafted.stream()
			.map(letter -> ends.awaitEnd(caller, letter, settings.draftTimeout()))
			.toList();
		long count = records.all(caller, run.table(), run.view(), run.conditions()).size();
		List<UUID> samples = ended.stream().filter(letter -> letter.drafting() == DraftingState.DONE)
			.map(LetterView::id).toList();
		List<UUID> byModel = ended.stream().filter(letter -> letter.drafting() == DraftingState.DONE
				&& letter.version() != null && letter.version().model() != null).map(LetterView::id).toList();
		awaitLedger(caller, byModel);
		return new RunPreview(ended, estimates.letters(caller.tenantId(), caller.userId(), samples, count));
	}

	/** Waits a little for the ledger to record the model calls of letters just drafted. */
	private void awaitLedger(Caller caller, List<UUID> byModel) {
		long deadline = System.nanoTime() + LEDGER_WAIT.toNanos();
		while (estimates.recorded(caller.tenantId(), byModel) < byModel.size() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	RunView get(Caller caller, UUID runId) {
		BatchRun run = readable(caller, runId);
		return RunView.of(run, rows.counts(run.id()), writeBacks.failed(run.id()), clock.instant());
	}

	/** The organisation's latest runs, newest first, in two queries. */
	List<RunView> list(Caller caller) {
		WorkAccess.requireRead(caller);
		List<BatchRun> found = runs.list(caller.tenantId(), MAX_LISTED);
		List<UUID> ids = found.stream().map(BatchRun::id).toList();
		Map<UUID, Map<RowStatus, Long>> counts = rows.counts(caller.tenantId(), ids);
		Map<UUID, Long> failed = writeBacks.failed(caller.tenantId(), ids);
		return found.stream()
			.map(run -> RunView.of(run, counts.getOrDefault(run.id(), Map.of()), failed.getOrDefault(run.id(), 0L),
					clock.instant()))
			.toList();
	}

	/** The fields the run writes its letters back into, if it writes any. */
	java.util.Optional<WriteBackFields> writeBack(Caller caller, UUID runId) {
		return writeBacks.fields(readable(caller, runId).id());
	}

	List<RowView> rows(Caller caller, UUID runId, @Nullable RowStatus status, int page, int size) {
		BatchRun run = readable(caller, runId);
		return rows.page(caller.tenantId(), run.id(), status, page * size, size).stream().map(RowView::of).toList();
	}

	BatchRun readable(Caller caller, UUID runId) {
		WorkAccess.requireRead(caller);
		return runs.get(caller.tenantId(), runId);
	}

	/** The run, if the caller may start, pause, resume, cancel or retry it. */
	BatchRun controllable(Caller caller, UUID runId) {
		BatchRun run = readable(caller, runId);
		WorkAccess.requireControl(caller, run.writerId());
		return run;
	}

	/** The merge fields are the table's columns and the mapping's own merge fields; anything else stops the run. */
	void checkMergeFields(Caller caller, SourceTable table, TableRef ref, RequestTemplate template) {
		Set<String> known = new LinkedHashSet<>(table.fields().stream().map(TableField::name).toList());
		mappings.find(caller, ref).ifPresentOrElse(mapping -> known.addAll(mapping.mergeFields().keySet()), () -> {
			throw new KatibException(ProblemType.CONFLICT, "Table " + table.name() + " has no field mapping yet; "
					+ "map its columns to letter fields first.", Map.of("field", "tableId"));
		});
		List<String> unknown = template.mergeFields().stream().filter(name -> !known.contains(name)).toList();
		if (!unknown.isEmpty()) {
			throw new KatibException(ProblemType.VALIDATION_FAILED, "The template names "
					+ (unknown.size() == 1 ? "a field" : "fields") + " that table " + table.name() + " does not have: "
					+ String.join(", ", unknown) + ".", Map.of("field", "template", "unknownFields", unknown));
		}
	}

	private static RequestTemplate template(@Nullable String text) {
		String required = Inputs.required(text, "template", 1, RequestTemplate.MAX_LENGTH);
		try {
			RequestTemplate template = new RequestTemplate(required);
			template.mergeFields();
			return template;
		}
		catch (IllegalArgumentException refused) {
			throw Inputs.invalid("template", refused.getMessage());
		}
	}
}
