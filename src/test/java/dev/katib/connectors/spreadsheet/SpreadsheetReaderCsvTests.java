package dev.katib.connectors.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.katib.platform.KatibException;

/** Uploaded CSV files as people save them, read into a typed preview. */
class SpreadsheetReaderCsvTests {

	private final SpreadsheetReader reader = new SpreadsheetReader(SpreadsheetLimits.DEFAULTS);

	@Test
	void readsAnArabicCsvSavedByExcelInWindows1256() {
		byte[] file = "الاسم,المدينة,الراتب,تاريخ التعيين\r\nأحمد السالم,الرياض,5000,15/01/2026\r\nفاطمة الزهراء,جدة,7500,01/03/2025\r\n"
			.getBytes(Charset.forName("windows-1256"));

		SpreadsheetPreview preview = reader.read(file);

		assertThat(preview.format()).isEqualTo(SpreadsheetPreview.Format.CSV);
		assertThat(preview.encoding()).isEqualTo("windows-1256");
		assertThat(preview.delimiter()).isEqualTo(',');
		assertThat(preview.headerRow()).isEqualTo(1);
		assertThat(preview.columns()).containsExactly(new Column("الاسم", ColumnType.TEXT),
				new Column("المدينة", ColumnType.TEXT), new Column("الراتب", ColumnType.INTEGER),
				new Column("تاريخ التعيين", ColumnType.DATE));
		assertThat(preview.rows()).extracting(TypedRow::number).containsExactly(2, 3);
		assertThat(preview.rows().getFirst().values()).containsExactly("أحمد السالم", "الرياض", 5000L,
				LocalDate.of(2026, 1, 15));
		assertThat(preview.problems()).isEmpty();
	}

	@Test
	void readsUtf16WithItsByteOrderMarkAndSemicolonsWithDecimalCommas() {
		byte[] utf16 = "\uFEFFالاسم\tالنسبة\nسارة\t١٢٫٥٪\n".getBytes(StandardCharsets.UTF_16LE);
		SpreadsheetPreview tabbed = reader.read(utf16);
		assertThat(tabbed.encoding()).isEqualTo("UTF-16LE");
		assertThat(tabbed.delimiter()).isEqualTo('\t');
		assertThat(tabbed.columns()).extracting(Column::type).containsExactly(ColumnType.TEXT, ColumnType.PERCENT);
		assertThat((BigDecimal) tabbed.rows().getFirst().values().get(1)).isEqualByComparingTo("0.125");

		byte[] european = "Désignation;Prix;Date\nStylo;1,50;05.03.2026\nLivre;12,75;25.12.2025\nCahier;3;01.01.2026\n"
			.getBytes(Charset.forName("windows-1252"));
		SpreadsheetPreview semicolons = reader.read(european);
		assertThat(semicolons.encoding()).isEqualTo("windows-1252");
		assertThat(semicolons.delimiter()).isEqualTo(';');
		assertThat(semicolons.columns()).extracting(Column::type)
			.containsExactly(ColumnType.TEXT, ColumnType.DECIMAL, ColumnType.DATE);
		assertThat(semicolons.rows().getFirst().values()).containsExactly("Stylo", new BigDecimal("1.50"),
				LocalDate.of(2026, 3, 5));
	}

	@Test
	void infersEachColumnType() {
		String csv = """
				name,count,amount,rate,price,active,joined,seen,email,phone,site
				Ahmed,1,1.5,10%,SAR 1500.00,yes,2026-01-15,2026-01-15 10:30,a@example.org,+966 50 123 4567,https://katib.example/a
				Sara,٢٥,2,12.5%,ر.س 20,لا,2026/02/01,2026-02-01T08:00:15,sara@example.sa,0501234567,http://example.org
				Omar,-3,"1,234.75",٪٥,$ 3.5,TRUE,01/12/2025,01/12/2025 2:30 PM,omar@mail.example.com,(050) 123-4567,https://x.example
				""";

		SpreadsheetPreview preview = reader.read(csv.getBytes(StandardCharsets.UTF_8));

		assertThat(preview.columns()).extracting(Column::type)
			.containsExactly(ColumnType.TEXT, ColumnType.INTEGER, ColumnType.DECIMAL, ColumnType.PERCENT,
					ColumnType.CURRENCY, ColumnType.BOOLEAN, ColumnType.DATE, ColumnType.DATE_TIME, ColumnType.EMAIL,
					ColumnType.PHONE, ColumnType.URL);
		assertThat(preview.rows().get(1).values()).containsExactly("Sara", 25L, new BigDecimal("2"),
				new BigDecimal("0.125"), new Money(new BigDecimal("20"), "SAR"), false, LocalDate.of(2026, 2, 1),
				LocalDateTime.of(2026, 2, 1, 8, 0, 15), "sara@example.sa", "0501234567", "http://example.org");
		assertThat(preview.rows().get(2).values()).contains(-3L, new BigDecimal("1234.75"), new Money(new BigDecimal("3.5"), "USD"),
				LocalDate.of(2025, 12, 1), LocalDateTime.of(2025, 12, 1, 14, 30));
		assertThat(preview.problems()).isEmpty();
	}

	@Test
	void namesEachRowAndColumnThatFailsItsType() {
		String csv = "الاسم,تاريخ الميلاد,الراتب\n" + "أحمد,1990-05-01,5000\n".repeat(4)
				+ "سارة,31/02/1991,خمسة آلاف\n" + "عمر,1988-07-12,4500\n".repeat(5);

		SpreadsheetPreview preview = reader.read(csv.getBytes(StandardCharsets.UTF_8));

		assertThat(preview.columns()).extracting(Column::type)
			.containsExactly(ColumnType.TEXT, ColumnType.DATE, ColumnType.INTEGER);
		assertThat(preview.problems()).extracting(RowProblem::message).containsExactly(
				"Row 6, column «تاريخ الميلاد»: «31/02/1991» is not a date",
				"Row 6, column «الراتب»: «خمسة آلاف» is not a whole number");
		assertThat(preview.rows().get(4).values()).containsExactly("سارة", null, null);
	}

	@Test
	void handlesTitleLinesBlankAndRepeatedNamesAndFilesWithoutHeader() {
		SpreadsheetPreview titled = reader.read(utf8("Staff list\nRiyadh office\n\nname,,name,city\nAhmed,1,Al-Salem,Riyadh\n"));
		assertThat(titled.headerRow()).isEqualTo(4);
		assertThat(titled.columns()).extracting(Column::name).containsExactly("name", "Column 2", "name (2)", "city");

		SpreadsheetPreview headless = reader.read(utf8("أحمد,5000,2026-01-15\nسارة,7000,2026-02-01\n"));
		assertThat(headless.headerRow()).isNull();
		assertThat(headless.columns()).extracting(Column::name).containsExactly("عمود 1", "عمود 2", "عمود 3");
		assertThat(headless.rows()).hasSize(2);

		SpreadsheetPreview chosen = reader.read(utf8("a,b\nc,d\n"), new ReadOptions(null, null, 0, null, Map.of()));
		assertThat(chosen.rows()).hasSize(2);
	}

	@Test
	void letsAPersonCorrectWhatWasDetected() {
		byte[] file = "الاسم;الرمز\nأحمد;007\n".getBytes(Charset.forName("windows-1256"));

		SpreadsheetPreview preview = reader.read(file, new ReadOptions(Charset.forName("windows-1256"), ';', 1, null,
				Map.of("الرمز", ColumnType.TEXT)));

		assertThat(preview.rows().getFirst().values()).containsExactly("أحمد", "007");
	}

	@Test
	void honoursExcelsSeparatorLineAndTakesOffTheFormulaGuard() {
		SpreadsheetPreview preview = reader.read(utf8("sep=;\nformula;note\n'=1+2;'@home\n"));

		assertThat(preview.headerRow()).isEqualTo(2);
		assertThat(preview.rows().getFirst().values()).containsExactly("=1+2", "@home");
	}

	@Test
	void refusesFilesOverEachLimitSayingWhich() {
		SpreadsheetReader small = new SpreadsheetReader(new SpreadsheetLimits(200, 2, 3, 10));

		assertLimit(() -> small.read(utf8("x".repeat(201))), "bytes");
		assertLimit(() -> small.read(utf8("a,b\n1,2\n3,4\n5,6\n")), "rows");
		assertLimit(() -> small.read(utf8("a,b,c,d\n1,2,3,4\n")), "columns");
		assertLimit(() -> small.read(utf8("a,b\n1,12345678901\n")), "cellLength");
		assertThat(small.read(utf8("a,b\n1,2\n3,4\n")).rows()).hasSize(2);
	}

	@Test
	void refusesWhatIsNoCsvWithAClearReason() {
		assertThatThrownBy(() -> reader.read(utf8("a,b\n\"unclosed,2\n"))).isInstanceOf(KatibException.class)
			.hasMessageContaining("row 2");
		assertThatThrownBy(() -> reader.read(new byte[0])).hasMessage("The file is empty.");
		assertThatThrownBy(() -> reader.read(utf8("%PDF-1.7\n"))).hasMessage("The file is neither CSV nor XLSX.");
		assertThatThrownBy(() -> reader.read(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0 }))
			.hasMessageContaining(".xls");
	}

	private static void assertLimit(org.assertj.core.api.ThrowableAssert.ThrowingCallable read, String limit) {
		assertThatThrownBy(read).isInstanceOf(KatibException.class).satisfies(e -> {
			KatibException problem = (KatibException) e;
			assertThat(problem.type()).isEqualTo(SpreadsheetProblems.TOO_LARGE);
			assertThat(problem.properties()).containsEntry("limit", limit);
		});
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
