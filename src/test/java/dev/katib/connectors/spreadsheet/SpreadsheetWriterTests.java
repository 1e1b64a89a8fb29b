package dev.katib.connectors.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetWriterTests {

	private final SpreadsheetWriter writer = new SpreadsheetWriter();

	private final Table arabic = new Table(
			List.of(new Column("الاسم", ColumnType.TEXT), new Column("الراتب", ColumnType.CURRENCY),
					new Column("تاريخ التعيين", ColumnType.DATE), new Column("النسبة", ColumnType.PERCENT),
					new Column("نشط", ColumnType.BOOLEAN), new Column("آخر دخول", ColumnType.DATE_TIME)),
			List.of(Arrays.asList("أحمد السالم", new Money(new BigDecimal("5000.00"), "SAR"), LocalDate.of(2026, 1, 15),
					new BigDecimal("0.125"), true, LocalDateTime.of(2026, 1, 20, 9, 45)),
					Arrays.asList("=HYPERLINK(\"http://evil.example\")", null, null, null, false, null)));

	@Test
	void writesCsvInUtf8WithAByteOrderMarkSoExcelShowsArabic() {
		byte[] csv = writer.csv(arabic);

		assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String text = new String(csv, StandardCharsets.UTF_8).substring(1);
		assertThat(text.split("\r\n")).containsExactly("الاسم,الراتب,تاريخ التعيين,النسبة,نشط,آخر دخول",
				"أحمد السالم,SAR 5000.00,2026-01-15,12.5%,TRUE,2026-01-20 09:45:00",
				"\"'=HYPERLINK(\"\"http://evil.example\"\")\",,,,FALSE,");
	}

	@Test
	void defusesEveryCellThatWouldStartAFormula() {
		Table hostile = new Table(List.of(new Column("=cmd", ColumnType.TEXT)),
				List.of(List.of("+1+2"), List.of("-2+3"), List.of("@SUM(A1)"), List.of("\tx"), List.of("plain")));

		String text = new String(writer.csv(hostile), StandardCharsets.UTF_8).substring(1);

		assertThat(text.split("\r\n")).containsExactly("'=cmd", "'+1+2", "'-2+3", "'@SUM(A1)", "'\tx", "plain");
	}

	@Test
	void writesXlsxWithTypedCellsOnARightToLeftSheetForAnArabicTable() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(writer.xlsx(arabic, "الموظفون")))) {
			XSSFSheet sheet = workbook.getSheet("الموظفون");
			assertThat(sheet.isRightToLeft()).isTrue();
			XSSFRow row = sheet.getRow(1);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo("أحمد السالم");
			assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(5000.0);
			assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("[$SAR] #,##0.00");
			assertThat(DateUtil.isCellDateFormatted(row.getCell(2))).isTrue();
			assertThat(row.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 15));
			assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(0.125);
			assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
			assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.BOOLEAN);
			assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("=HYPERLINK");
		}
	}

	@Test
	void keepsAnEnglishTableLeftToRight() throws IOException {
		Table english = new Table(List.of(new Column("Name", ColumnType.TEXT)), List.of(List.of("Ahmed")));

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(writer.xlsx(english, "Staff")))) {
			assertThat(workbook.getSheet("Staff").isRightToLeft()).isFalse();
		}
	}

	@Test
	void readsBackWhatItWrote() {
		SpreadsheetReader reader = new SpreadsheetReader(SpreadsheetLimits.DEFAULTS);

		assertThat(reader.read(writer.csv(arabic)).table()).isEqualTo(arabic);
		assertThat(reader.read(writer.xlsx(arabic, "الموظفون")).table()).isEqualTo(arabic);
	}
}
