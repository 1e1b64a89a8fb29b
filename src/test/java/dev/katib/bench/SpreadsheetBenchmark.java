package dev.katib.bench;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import com.sun.management.ThreadMXBean;

import org.jspecify.annotations.Nullable;

import dev.katib.connectors.spreadsheet.Column;
import dev.katib.connectors.spreadsheet.ColumnType;
import dev.katib.connectors.spreadsheet.Money;
import dev.katib.connectors.spreadsheet.SpreadsheetLimits;
import dev.katib.connectors.spreadsheet.SpreadsheetReader;
import dev.katib.connectors.spreadsheet.SpreadsheetWriter;
import dev.katib.connectors.spreadsheet.Table;

/**
 * What reading and exporting an upload of the largest size Katib accepts costs: a 20,000-row,
 * 8-column Arabic staff list (text, integer, date, money, percentage, e-mail, phone, boolean),
 * exported as CSV and XLSX, then read back as UTF-8 CSV, Windows-1256 CSV and XLSX (detection,
 * typing and all). Five warm-up rounds, then the median of seven, wall clock and CPU time of the
 * thread, and the bytes it allocated. Not a test; run it with
 *
 * <pre>
 * ./mvnw -B test-compile exec:java -Dexec.mainClass=dev.katib.bench.SpreadsheetBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class SpreadsheetBenchmark {

	private static final int ROWS = 20_000;
	private static final int WARM_UP = 5;
	private static final int RUNS = 7;
	private static final ThreadMXBean THREAD = (ThreadMXBean) ManagementFactory.getThreadMXBean();

	private SpreadsheetBenchmark() {
	}

	public static void main(String[] args) {
		Table table = staff();
		SpreadsheetWriter writer = new SpreadsheetWriter();
		SpreadsheetReader reader = new SpreadsheetReader(SpreadsheetLimits.DEFAULTS);
		byte[] csv = writer.csv(table);
		byte[] legacy = new String(csv, StandardCharsets.UTF_8).substring(1).getBytes(Charset.forName("windows-1256"));
		byte[] xlsx = writer.xlsx(table, "الموظفون");
		System.out.printf("files: CSV %,d bytes, Windows-1256 CSV %,d bytes, XLSX %,d bytes; %,d rows%n", csv.length,
				legacy.length, xlsx.length, ROWS);
		measure("export CSV", () -> writer.csv(table));
		measure("export XLSX", () -> writer.xlsx(table, "الموظفون"));
		measure("read UTF-8 CSV", () -> reader.read(csv));
		measure("read Windows-1256 CSV", () -> reader.read(legacy));
		measure("read XLSX", () -> reader.read(xlsx));
	}

	private static void measure(String what, Supplier<Object> work) {
		for (int i = 0; i < WARM_UP; i++) {
			work.get();
		}
		long[] wall = new long[RUNS];
		long[] cpu = new long[RUNS];
		long[] allocated = new long[RUNS];
		long thread = Thread.currentThread().threadId();
		for (int i = 0; i < RUNS; i++) {
			long bytes = THREAD.getThreadAllocatedBytes(thread);
			long cpuStart = THREAD.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			work.get();
			wall[i] = System.nanoTime() - start;
			cpu[i] = THREAD.getCurrentThreadCpuTime() - cpuStart;
			allocated[i] = THREAD.getThreadAllocatedBytes(thread) - bytes;
		}
		System.out.printf("%-22s wall %6d ms  cpu %6d ms  %,8.0f rows/s (cpu)  allocated %,5d MB%n", what,
				median(wall) / 1_000_000, median(cpu) / 1_000_000, ROWS / (median(cpu) / 1e9),
				median(allocated) / (1024 * 1024));
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static Table staff() {
		List<Column> columns = List.of(new Column("الاسم", ColumnType.TEXT), new Column("الرقم", ColumnType.INTEGER),
				new Column("تاريخ التعيين", ColumnType.DATE), new Column("الراتب", ColumnType.CURRENCY),
				new Column("النسبة", ColumnType.PERCENT), new Column("البريد", ColumnType.EMAIL),
				new Column("الجوال", ColumnType.PHONE), new Column("نشط", ColumnType.BOOLEAN));
		String[] names = { "أحمد السالم", "فاطمة الزهراء", "عبدالله بن محمد", "سارة العتيبي", "عمر الفاروق" };
		List<List<@Nullable Object>> rows = new ArrayList<>(ROWS);
		for (int i = 0; i < ROWS; i++) {
			rows.add(List.of(names[i % names.length], 1_000_000L + i, LocalDate.of(2020, 1, 1).plusDays(i % 2000),
					new Money(BigDecimal.valueOf(500_000 + i * 7L, 2), "SAR"), BigDecimal.valueOf(i % 100, 2),
					"staff" + i + "@example.org", String.format("05%08d", i), i % 3 != 0));
		}
		return new Table(columns, rows);
	}
}
