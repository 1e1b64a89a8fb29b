package dev.katib.connectors.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Whatever table Katib exports, reading the file back gives the same columns, types and values. */
class RoundTripPropertiesTests {

	private static final List<String> WORDS = List.of("نص", "ملاحظة", "قاعة التدريب", "Note", "Riyadh", "مشروع",
			"Al-Salem", "مدرسة الأمل");
	private static final List<String> TRIGGERS = List.of("", "", "", "=", "+", "-", "@");
	private static final List<String> CURRENCIES = List.of("SAR", "USD", "EUR", "AED");

	private final SpreadsheetReader reader = new SpreadsheetReader(SpreadsheetLimits.DEFAULTS);
	private final SpreadsheetWriter writer = new SpreadsheetWriter();

	@Test
	void aCsvExportReadsBackToTheSameTable() {
		qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
			Table table = table(new Random(seed));
			assertThat(reader.read(writer.csv(table)).table()).isEqualTo(table);
		});
	}

	@Test
	void anXlsxExportReadsBackToTheSameTable() {
		qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
			Table table = table(new Random(seed));
			assertThat(reader.read(writer.xlsx(table, "جدول")).table()).isEqualTo(table);
		});
	}

	/**
	 * A table of one to six columns of random types; its first row is filled, so that each column shows
	 * its type, and so is its first column, since a blank row is no row.
	 */
	static Table table(Random random) {
		int width = 1 + random.nextInt(6);
		List<Column> columns = new ArrayList<>();
		for (int column = 0; column < width; column++) {
			ColumnType type = ColumnType.values()[random.nextInt(ColumnType.values().length)];
			columns.add(new Column(WORDS.get(random.nextInt(WORDS.size())) + " " + (column + 1), type));
		}
		List<List<@Nullable Object>> rows = new ArrayList<>();
		int height = 1 + random.nextInt(8);
		for (int r = 0; r < height; r++) {
			List<@Nullable Object> row = new ArrayList<>();
			for (Column column : columns) {
				boolean blank = r > 0 && !row.isEmpty() && random.nextInt(6) == 0;
				row.add(blank ? null : value(column.type(), random));
			}
			rows.add(row);
		}
		return new Table(columns, rows);
	}

	private static Object value(ColumnType type, Random random) {
		return switch (type) {
			case TEXT -> pick(TRIGGERS, random) + pick(WORDS, random) + (random.nextBoolean() ? "" : " " + pick(WORDS, random));
			case INTEGER -> random.nextLong(-1_000_000_000L, 1_000_000_000L);
			case DECIMAL -> BigDecimal.valueOf(random.nextLong(-1_000_000_000L, 1_000_000_000L), 1 + random.nextInt(4));
			case PERCENT -> BigDecimal.valueOf(random.nextLong(-100_000, 100_000), 2 + random.nextInt(3));
			case CURRENCY -> new Money(BigDecimal.valueOf(random.nextLong(-10_000_000, 10_000_000), random.nextInt(3)),
					pick(CURRENCIES, random));
			case BOOLEAN -> random.nextBoolean();
			case DATE -> LocalDate.of(1950, 1, 1).plusDays(random.nextInt(55_000));
			case DATE_TIME -> LocalDateTime.of(1950, 1, 1, 0, 0).plusSeconds(random.nextLong(4_000_000_000L));
			case EMAIL -> "user" + random.nextInt(1000) + "@example" + random.nextInt(10) + ".org";
			case PHONE -> (random.nextBoolean() ? "+9665" : "05") + String.format("%08d", random.nextInt(100_000_000));
			case URL -> "https://katib.example/" + random.nextInt(10_000);
		};
	}

	private static String pick(List<String> values, Random random) {
		return values.get(random.nextInt(values.size()));
	}
}
