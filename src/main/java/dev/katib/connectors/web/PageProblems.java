package dev.katib.connectors.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Says on a page what went wrong, in the reader's language: what kind of problem it was, the field
 * it concerns and the source that refused, then the problem's own detail; never a secret.
 */
@Component
class PageProblems {

	private final MessageSource messages;

	PageProblems(MessageSource messages) {
		this.messages = messages;
	}

	String describe(KatibException ex, Locale locale) {
		if (ex.type().equals(ProblemType.FORBIDDEN) || ex.type().equals(ProblemType.UNAUTHORIZED)
				|| ex.type().equals(ProblemType.NOT_FOUND)) {
			throw ex;
		}
		String summary = messages.getMessage("sources.error." + ex.type().slug(), null, null, locale);
		String detail = ex.getMessage() == null ? "" : ex.getMessage().strip();
		String text = summary == null && !detail.isEmpty() ? detail
				: summary == null ? messages.getMessage("sources.error.other", null, locale) : summary;
		Object field = ex.properties().get("field");
		Object source = ex.properties().get("source");
		if (field != null) {
			text += " (" + field + ")";
		}
		// the source's own words say what to do: which account to share a spreadsheet with, which field it refused
		if (summary != null && !detail.isEmpty()) {
			text += " " + detail;
		}
		if (source != null) {
			text = messages.getMessage("sources.error.in-source", new Object[] { source, text }, locale);
		}
		return text;
	}
}
