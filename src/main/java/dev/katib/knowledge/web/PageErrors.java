package dev.katib.knowledge.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/** Says what went wrong on a writing-knowledge page in the reader's language, naming the field when known. */
@Component
class PageErrors {

	private final MessageSource messages;

	PageErrors(MessageSource messages) {
		this.messages = messages;
	}

	String describe(KatibException ex, Locale locale) {
		if (ex.type().equals(ProblemType.FORBIDDEN) || ex.type().equals(ProblemType.UNAUTHORIZED)) {
			throw ex;
		}
		String problem = messages.getMessage("knowledge.error." + ex.type().slug(), null,
				messages.getMessage("knowledge.error.other", null, locale), locale);
		Object field = ex.properties().get("field");
		if (field == null) {
			return problem;
		}
		String name = messages.getMessage("knowledge.field." + field, null, null, locale);
		return name == null ? problem : problem + " (" + name + ")";
	}
}
