package dev.katib.connectors.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Says on a page what went wrong, in the reader's language: what kind of problem it was, the field
 * it concerns and the source that refused, never a secret.
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
		String text = messages.getMessage("sources.error." + ex.type().slug(), null,
				messages.getMessage("sources.error.other", null, locale), locale);
		Object field = ex.properties().get("field");
		Object source = ex.properties().get("source");
		if (field != null) {
			text += " (" + field + ")";
		}
		if (source != null) {
			text = messages.getMessage("sources.error.in-source", new Object[] { source, text }, locale);
		}
		return text;
	}
}
