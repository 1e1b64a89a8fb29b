package dev.katib.connectors.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.accounts.RequiresPermission;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.ImportProgress;
import dev.katib.connectors.RecordImports;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableRef;
import dev.katib.connectors.internal.ConnectorsProperties;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/**
 * Importing a CSV or XLSX file into a table: choose the file, see at once what Katib reads from it
 * (encoding, delimiter, header, column types, first rows, every problem), then import it and follow
 * its progress. The chosen file stays in the form while the preview is shown beside it.
 */
@Pages
class UploadPages {

	private static final String TABLE = "/sources/{sourceId}/bases/{baseId}/tables/{tableId}";

	private final DataSources sources;
	private final RecordImports imports;
	private final Callers callers;
	private final PageProblems problems;
	private final ImportReasons reasons;
	private final UploadedTables tables;
	private final ConnectorsProperties properties;
	private final DataSize maxUpload;

	UploadPages(DataSources sources, RecordImports imports, Callers callers,
			PageProblems problems, ImportReasons reasons, UploadedTables tables, ConnectorsProperties properties,
			@Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize maxUpload) {
		this.properties = properties;
		this.maxUpload = maxUpload;
		this.tables = tables;
		this.sources = sources;
		this.imports = imports;
		this.callers = callers;
		this.problems = problems;
		this.reasons = reasons;
	}

	@GetMapping(TABLE + "/upload")
	String form(@PathVariable UUID sourceId, @PathVariable String baseId, @PathVariable String tableId, Model model) {
		return page(model, callers.current(), new TableRef(sourceId, baseId, tableId), null);
	}

	/** What Katib reads from the chosen file, for htmx to show beside the form. */
	@RequiresPermission(Permission.USE_SOURCES)
	@PostMapping(TABLE + "/upload/preview")
	String preview(@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String sheet,
			@RequestParam(required = false) @Nullable Integer headerRow, Model model, Locale locale) throws IOException {
		callers.current();
		try {
			model.addAttribute("preview", UploadedSheets.preview(UploadedSheets.read(file, sheet, headerRow)));
			model.addAttribute("importLimit", properties.maxImportRows());
		}
		catch (KatibException ex) {
			model.addAttribute("previewError", problems.describe(ex, locale));
		}
		return "connectors/upload :: preview";
	}

	@PostMapping(TABLE + "/upload")
	String importFile(@PathVariable UUID sourceId, @PathVariable String baseId, @PathVariable String tableId,
			@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String sheet,
			@RequestParam(required = false) @Nullable Integer headerRow,
			@RequestParam(required = false) @Nullable List<String> upsertKey, Model model, Locale locale)
			throws IOException {
		Caller caller = callers.current();
		TableRef table = new TableRef(sourceId, baseId, tableId);
		try {
			ImportProgress started = tables.importInto(caller, table, UploadedSheets.read(file, sheet, headerRow),
					upsertKey, null);
			return "redirect:/sources/imports/" + started.id();
		}
		catch (KatibException ex) {
			return page(model, caller, table, problems.describe(ex, locale));
		}
	}

	@PostMapping("/sources/{sourceId}/bases/local/tables/upload")
	String tableFromFile(@PathVariable UUID sourceId, @RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(defaultValue = "") String name, @RequestParam(required = false) @Nullable String sheet,
			@RequestParam(required = false) @Nullable Integer headerRow, RedirectAttributes redirect, Locale locale)
			throws IOException {
		Caller caller = callers.current();
		try {
			ImportProgress started = tables.create(caller, sourceId, name, UploadedSheets.read(file, sheet, headerRow));
			return "redirect:/sources/imports/" + started.id();
		}
		catch (KatibException ex) {
			redirect.addFlashAttribute("error", problems.describe(ex, locale));
			return "redirect:/sources/" + sourceId + "/bases/" + TableRef.BUILT_IN_BASE;
		}
	}

	@GetMapping("/sources/imports/{importId}")
	String progress(@PathVariable UUID importId, Model model, Locale locale) {
		Caller caller = callers.current();
		ImportProgress progress = progressOf(caller, importId, model, locale);
		model.addAttribute("table", sources.table(caller, progress.table()));
		return "connectors/import";
	}

	/** The progress bar alone, which htmx asks for again until the import has ended. */
	@GetMapping("/sources/imports/{importId}/progress")
	String progressBar(@PathVariable UUID importId, Model model, Locale locale) {
		progressOf(callers.current(), importId, model, locale);
		return "connectors/import :: progress";
	}

	private ImportProgress progressOf(Caller caller, UUID importId, Model model, Locale locale) {
		ImportProgress progress = imports.progress(caller, importId);
		model.addAttribute("progress", progress);
		model.addAttribute("problem", reasons.problem(progress, locale));
		model.addAttribute("failures", reasons.failures(progress, locale));
		model.addAttribute("tablePath", path(progress.table()));
		return progress;
	}

	private String page(Model model, Caller caller, TableRef ref, @Nullable String error) {
		SourceTable table = sources.table(caller, ref);
		model.addAttribute("source", sources.find(caller, ref.sourceId()));
		model.addAttribute("table", table);
		model.addAttribute("path", path(ref));
		model.addAttribute("error", error);
		model.addAttribute("maxUploadMegabytes", maxUpload.toMegabytes());
		model.addAttribute("imports", imports.recent(caller, ref));
		return "connectors/upload";
	}

	private static String path(TableRef table) {
		return "/sources/" + table.sourceId() + "/bases/" + table.baseId() + "/tables/" + table.tableId();
	}
}
