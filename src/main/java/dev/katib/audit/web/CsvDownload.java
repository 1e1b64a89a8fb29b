package dev.katib.audit.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import dev.katib.audit.AuditTrail.CsvExport;

/** Sends an allowed export of the audit trail as a CSV file download. */
final class CsvDownload {

	private CsvDownload() {
	}

	static void send(CsvExport export, Clock clock, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("katib-audit-" + LocalDate.now(clock) + ".csv")
			.build()
			.toString());
		export.writeTo(response.getWriter());
	}
}
