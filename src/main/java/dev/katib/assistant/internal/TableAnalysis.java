package dev.katib.assistant.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.katib.connectors.FieldType;
import dev.katib.connectors.SourceRecord;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableField;
import dev.katib.platform.ArabicText;

/**
 * What a table's records hold, field by field: how often each is filled, how many distinct values it has (Arabic
 * spellings folded), its commonest values, and for numbers their spread and the records far outside it (beyond
 * 1.5 interquartile ranges).
 *
 * @param records how many records were read
 * @param complete whether they are all the table's records, or only the first {@code records}
 */
record TableAnalysis(String table, int records, boolean complete, List<FieldSummary> fields) {

	static final int TOP_VALUES = 5;
	static final int MAX_OUTLIERS = 10;

	record FieldSummary(String field, String type, int filled, double fillRate, int distinct, List<Count> commonest,
			@Nullable Numbers numbers) {
	}

	record Count(String value, int records) {
	}

	record Numbers(BigDecimal min, BigDecimal max, BigDecimal mean, BigDecimal median, BigDecimal lowerQuartile,
			BigDecimal upperQuartile, List<Outlier> outliers) {
	}

	record Outlier(String recordId, BigDecimal value) {
	}

	static TableAnalysis of(SourceTable table, List<SourceRecord> records, boolean complete) {
		List<FieldSummary> fields = table.fields().stream().map(field -> summary(field, records)).toList();
		return new TableAnalysis(table.name(), records.size(), complete, fields);
	}

	private static FieldSummary summary(TableField field, List<SourceRecord> records) {
		Map<String, Integer> counts = new HashMap<>();
		Map<String, String> firstSpelling = new LinkedHashMap<>();
		List<Map.Entry<String, BigDecimal>> numbers = new ArrayList<>();
		int filled = 0;
		for (SourceRecord record : records) {
			Object value = record.fields().get(field.name());
			if (!CellText.filled(value)) {
				continue;
			}
			filled++;
			String text = CellText.of(value);
			String folded = ArabicText.searchable(text);
			counts.merge(folded, 1, Integer::sum);
			firstSpelling.putIfAbsent(folded, text);
			if (numeric(field.type()) && value instanceof BigDecimal number) {
				numbers.add(Map.entry(record.id(), number));
			}
		}
		List<Count> commonest = counts.entrySet().stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(TOP_VALUES)
			.map(entry -> new Count(firstSpelling.get(entry.getKey()), entry.getValue()))
			.toList();
		double rate = records.isEmpty() ? 0 : Math.round(filled * 1000.0 / records.size()) / 1000.0;
		return new FieldSummary(field.name(), field.type().name(), filled, rate, counts.size(), commonest,
				numbers.isEmpty() ? null : numbers(numbers));
	}

	private static Numbers numbers(List<Map.Entry<String, BigDecimal>> values) {
		List<BigDecimal> sorted = values.stream().map(Map.Entry::getValue).sorted().toList();
		BigDecimal sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal mean = sum.divide(BigDecimal.valueOf(sorted.size()), MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP);
		BigDecimal q1 = quantile(sorted, 0.25);
		BigDecimal q3 = quantile(sorted, 0.75);
		BigDecimal reach = q3.subtract(q1).multiply(new BigDecimal("1.5"));
		BigDecimal low = q1.subtract(reach);
		BigDecimal high = q3.add(reach);
		List<Outlier> outliers = values.stream()
			.filter(entry -> entry.getValue().compareTo(low) < 0 || entry.getValue().compareTo(high) > 0)
			.sorted(Comparator.comparing((Map.Entry<String, BigDecimal> entry) -> entry.getValue()
				.subtract(entry.getValue().compareTo(high) > 0 ? high : low).abs()).reversed())
			.limit(MAX_OUTLIERS)
			.map(entry -> new Outlier(entry.getKey(), entry.getValue()))
			.toList();
		return new Numbers(sorted.getFirst(), sorted.getLast(), mean.stripTrailingZeros(), quantile(sorted, 0.5), q1, q3,
				outliers);
	}

	/** The quantile by linear interpolation between the closest ranks. */
	private static BigDecimal quantile(List<BigDecimal> sorted, double q) {
		double position = q * (sorted.size() - 1);
		int below = (int) Math.floor(position);
		int above = (int) Math.ceil(position);
		BigDecimal fraction = BigDecimal.valueOf(position - below);
		BigDecimal lower = sorted.get(below);
		return lower.add(sorted.get(above).subtract(lower).multiply(fraction)).stripTrailingZeros();
	}

	private static boolean numeric(FieldType type) {
		return type instanceof FieldType.Decimal || type instanceof FieldType.Currency || type instanceof FieldType.Percent;
	}
}
