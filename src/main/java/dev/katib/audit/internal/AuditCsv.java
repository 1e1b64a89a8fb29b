package dev.katib.audit.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import dev.katib.audit.AuditEntry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Audit entries as CSV (RFC 4180): every cell quoted, quotes doubled, lines ended with CRLF. A cell
 * that a spreadsheet would read as a formula or command (one starting with {@code = + - @}, their
 * full-width forms, a tab or a carriage return) gets a leading apostrophe, as OWASP advises against
 * CSV injection; the text is otherwise kept as written.
 */
final class AuditCsv {

	static final String BYTE_ORDER_MARK = "\uFEFF";

	private static final List<String> HEADER = List.of("sequence", "occurred_at", "actor", "actor_id", "action",
			"target_type", "target_id", "outcome", "source_address", "details", "id", "previous_hash", "hash");

	private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

	private final Writer out;
	private final JsonMapper json;

	AuditCsv(Writer out, JsonMapper json) {
		this.out = out;
		this.json = json;
	}

	void header() throws IOException {
		out.write(BYTE_ORDER_MARK);
		line(HEADER);
	}

	void row(AuditEntry entry) throws IOException {
		line(java.util.Arrays.asList(Long.toString(entry.sequence()), entry.occurredAt().toString(), entry.actor(),
				text(entry.actorId()), entry.action(), entry.targetType(), entry.targetId(), entry.outcome().name(),
				entry.sourceAddress(), json.writeValueAsString(new TreeMap<>(entry.details())), entry.id().toString(),
				entry.previousHash(), entry.hash()));
	}

	/** One cell, quoted and defused. */
	static String cell(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return "\"\"";
		}
		String safe = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return '"' + safe.replace("\"", "\"\"") + '"';
	}

	private void line(List<@Nullable String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(cell(cells.get(i)));
		}
		out.write("\r\n");
	}

	private static @Nullable String text(@Nullable Object value) {
		return Objects.toString(value, null);
	}
}
