package dev.katib.connectors.web;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.katib.accounts.Callers;
import dev.katib.connectors.TableRef;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/**
 * The table page's download buttons. A failure (too many records, the source unavailable) goes back
 * to the table with the reason shown, instead of a broken download.
 */
@Pages
class TableDownloadPages {

	private final TableFiles files;
	private final Callers callers;
	private final PageProblems problems;

	TableDownloadPages(TableFiles files, Callers callers, PageProblems problems) {
		this.files = files;
		this.callers = callers;
		this.problems = problems;
	}

	@GetMapping("/sources/{sourceId}/bases/{baseId}/tables/{tableId}/download")
	ResponseEntity<byte[]> download(@PathVariable UUID sourceId, @PathVariable String baseId,
			@PathVariable String tableId, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) @Nullable String q, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		TableRef ref = new TableRef(sourceId, baseId, tableId);
		if (!format.equals("csv") && !format.equals("xlsx")) {
			throw KatibException.invalidField("format", "csv or xlsx");
		}
		String search = q == null || q.length() > 200 ? null : q.strip();
		try {
			return files.download(callers.current(), ref, format, null, search, null);
		}
		catch (KatibException ex) {
			if (ex.type().status() == HttpStatus.NOT_FOUND) {
				throw ex;
			}
			String table = UriComponentsBuilder.fromPath("/sources/{source}/bases/{base}/tables/{table}")
				.buildAndExpand(sourceId, baseId, tableId)
				.encode()
				.toUriString();
			RequestContextUtils.getOutputFlashMap(request).put("error", problems.describe(ex, locale));
			RequestContextUtils.saveOutputFlashMap(table, request, response);
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.header(HttpHeaders.LOCATION, request.getContextPath() + table)
				.build();
		}
	}
}
