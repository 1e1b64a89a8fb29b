package dev.katib.automation.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.katib.connectors.FieldType;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableField;
import dev.katib.platform.Inputs;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * The fields of the source record a run writes its letter's facts back into, each one the writer picked, or none.
 *
 * @param number the field that gets the letter's number (empty until the letter has one)
 * @param status the field that gets the letter's status ({@code DRAFT}, {@code IN_REVIEW}, ...)
 * @param link the field that gets the absolute link of the letter's page
 */
record WriteBackFields(@Nullable String number, @Nullable String status, @Nullable String link) {

	/** Whether the run writes anything back. */
	boolean any() {
		return number != null || status != null || link != null;
	}

	/**
	 * The fields as the writer gave them, each a writable field of the table, or none at all.
	 *
	 * @throws KatibException validation failed with {@code field=writeBack} when one field is picked twice, or names
	 *         the fields the table lacks (in {@code unknownFields}) or that it computes itself; with
	 *         {@code field=writeBack.number} (or {@code .status}, {@code .link}) when that field cannot hold the fact
	 */
	static @Nullable WriteBackFields checked(@Nullable WriteBackFields given, SourceTable table) {
		if (given == null) {
			return null;
		}
		WriteBackFields trimmed = new WriteBackFields(Inputs.optional(given.number(), "writeBack.number", 200),
				Inputs.optional(given.status(), "writeBack.status", 200), Inputs.optional(given.link(), "writeBack.link", 200));
		if (!trimmed.any()) {
			return null;
		}
		List<String> picked = Stream.of(trimmed.number(), trimmed.status(), trimmed.link())
			.filter(java.util.Objects::nonNull)
			.toList();
		List<String> twice = picked.stream().filter(name -> picked.indexOf(name) != picked.lastIndexOf(name)).distinct()
			.toList();
		if (!twice.isEmpty()) {
			// one field holds one fact: the later write would overwrite the earlier in the same request
			throw new KatibException(ProblemType.VALIDATION_FAILED,
					"The letter's number, status and link each need their own field: " + String.join(", ", twice)
							+ " is picked more than once.",
					Map.of("field", "writeBack", "repeatedFields", twice));
		}
		List<String> unknown = trimmed.names().filter(name -> table.field(name).isEmpty()).toList();
		if (!unknown.isEmpty()) {
			throw new KatibException(ProblemType.VALIDATION_FAILED, "The write-back names "
					+ (unknown.size() == 1 ? "a field" : "fields") + " that table " + table.name() + " does not have: "
					+ String.join(", ", unknown) + ".", Map.of("field", "writeBack", "unknownFields", unknown));
		}
		List<String> computed = trimmed.names()
			.filter(name -> table.field(name).map(TableField::type).filter(type -> !type.writable()).isPresent())
			.toList();
		if (!computed.isEmpty()) {
			throw new KatibException(ProblemType.VALIDATION_FAILED, "Table " + table.name()
					+ " computes these fields itself, so nothing can be written into them: " + String.join(", ", computed)
					+ ".", Map.of("field", "writeBack", "readOnlyFields", computed));
		}
		for (WriteBackPurpose purpose : WriteBackPurpose.values()) {
			String name = purpose.of(trimmed);
			if (name != null) {
				FieldType type = table.field(name).orElseThrow().type();
				if (!purpose.fits(type)) {
					throw new KatibException(ProblemType.VALIDATION_FAILED,
							name + " is " + WriteBackPurpose.describe(type) + "; " + purpose.needs() + ".",
							Map.of("field", "writeBack." + purpose.key()));
				}
			}
		}
		return trimmed;
	}

	/** The values one letter writes back, by field name: a fact the letter does not have yet is left out. */
	Map<String, Object> values(@Nullable String letterNumber, String letterStatus, String letterLink) {
		Map<String, Object> values = new LinkedHashMap<>();
		if (number != null && letterNumber != null) {
			values.put(number, letterNumber);
		}
		if (status != null) {
			values.put(status, letterStatus);
		}
		if (link != null) {
			values.put(link, letterLink);
		}
		return values;
	}

	private Stream<String> names() {
		return Stream.of(number, status, link).filter(java.util.Objects::nonNull).distinct();
	}
}
