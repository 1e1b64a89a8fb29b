package dev.katib.accounts.members;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.validation.BindingResult;

import dev.katib.platform.KatibException;

/**
 * Turns what went wrong with a submitted form into message keys the page shows in the reader's
 * language: {@code form.error.<field>} for an invalid field, {@code form.error.<problem>} for the
 * rest, {@code form.error.password.<weakness>} for a refused password.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static List<String> of(BindingResult binding) {
		Set<String> keys = new LinkedHashSet<>();
		binding.getFieldErrors().forEach(error -> keys.add("form.error." + error.getField()));
		if (binding.hasGlobalErrors()) {
			keys.add("form.error.malformed-request");
		}
		return List.copyOf(keys);
	}

	/** As {@link #of(KatibException)}, naming the field when it is one of a profile's names or job titles. */
	public static List<String> ofProfile(KatibException ex) {
		if (ex.properties().get("field") instanceof String field
				&& List.of("arabicName", "englishName", "arabicJobTitle", "englishJobTitle").contains(field)) {
			return List.of("form.error." + field);
		}
		return of(ex);
	}

	public static List<String> of(KatibException ex) {
		if (ex.properties().get("errors") instanceof List<?> errors && !errors.isEmpty()
				&& errors.getFirst() instanceof Map<?, ?> first) {
			if (first.get("reason") instanceof String reason) {
				return List.of("form.error." + reason);
			}
			if (first.get("code") instanceof String code) {
				return List.of("form.error.password." + code);
			}
			if (first.get("field") instanceof String field) {
				return List.of("form.error." + field);
			}
		}
		return List.of("form.error." + ex.type().slug());
	}
}
