package dev.katib.assistant.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.katib.connectors.SourceRecord;
import dev.katib.platform.ArabicText;

/**
 * Records that hold the same values in the chosen fields, compared as a reader compares them: Arabic spellings
 * folded (hamza forms, taa marbuta, alef maqsura, diacritics), case and spacing ignored. A record whose chosen
 * fields are all empty is nobody's duplicate.
 *
 * @param records how many records were compared
 * @param complete whether they are all the table's records
 * @param groups the groups of two or more records, largest first
 */
record Duplicates(List<String> fields, int records, boolean complete, int groupCount, List<Group> groups) {

	static final int MAX_GROUPS = 50;
	static final int MAX_IDS = 20;

	/**
	 * Records with the same values.
	 *
	 * @param values the values as the first record of the group spells them
	 * @param count how many records hold them
	 * @param recordIds their ids (the first twenty)
	 */
	record Group(Map<String, String> values, int count, List<String> recordIds) {
	}

	static Duplicates of(List<String> fields, List<SourceRecord> records, boolean complete) {
		Map<List<String>, List<SourceRecord>> byKey = new LinkedHashMap<>();
		for (SourceRecord record : records) {
			List<String> key = fields.stream().map(field -> ArabicText.searchable(CellText.of(record.fields().get(field))))
				.toList();
			if (key.stream().allMatch(String::isEmpty)) {
				continue;
			}
			byKey.computeIfAbsent(key, any -> new ArrayList<>()).add(record);
		}
		List<Group> groups = byKey.values().stream()
			.filter(same -> same.size() > 1)
			.sorted(Comparator.comparingInt((List<SourceRecord> same) -> same.size()).reversed())
			.map(same -> group(fields, same))
			.toList();
		return new Duplicates(fields, records.size(), complete, groups.size(),
				groups.size() > MAX_GROUPS ? groups.subList(0, MAX_GROUPS) : groups);
	}

	private static Group group(List<String> fields, List<SourceRecord> same) {
		Map<String, String> values = new LinkedHashMap<>();
		fields.forEach(field -> values.put(field, CellText.of(same.getFirst().fields().get(field))));
		return new Group(values, same.size(), same.stream().limit(MAX_IDS).map(SourceRecord::id).toList());
	}
}
