package dev.katib.automation.batch;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.katib.connectors.TableField;

/**
 * The request a batch run sends for every row, with {@code {{Field name}}} merge fields taken from the row.
 * Field names are checked against the table before a run starts, so a misspelt field stops the run
 * instead of drafting a thousand letters with a blank in them.
 */
record RequestTemplate(String text) {

	static final int MAX_LENGTH = 4000;
	static final int MAX_MERGE_FIELDS = 50;

	private static final Pattern MERGE_FIELD = Pattern.compile("\\{\\{\\s*([^{}]{1,100}?)\\s*}}");

	RequestTemplate {
		if (text.isBlank()) {
			throw new IllegalArgumentException("The request template is empty");
		}
		if (text.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("The request template is longer than " + MAX_LENGTH + " characters");
		}
	}

	/** The merge fields in the order they first appear, each once. */
	Set<String> mergeFields() {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = MERGE_FIELD.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		if (names.size() > MAX_MERGE_FIELDS) {
			throw new IllegalArgumentException("The request template has more than " + MAX_MERGE_FIELDS + " merge fields");
		}
		return names;
	}

	/** The merge fields that name no field of the table, in the order they appear. */
	List<String> unknownFields(Collection<TableField> tableFields) {
		Set<String> known = tableFields.stream().map(TableField::name).collect(Collectors.toSet());
		return mergeFields().stream().filter(name -> !known.contains(name)).toList();
	}

	/**
	 * The request for one row. A merge field whose cell is empty becomes empty text; the row's values are
	 * data, so braces in them are never read as further merge fields.
	 */
	String fill(Map<String, ?> row, Function<Object, String> asText) {
		Matcher matcher = MERGE_FIELD.matcher(text);
		StringBuilder filled = new StringBuilder(text.length());
		while (matcher.find()) {
			Object value = row.get(matcher.group(1));
			matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null ? "" : asText.apply(value)));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}
}
