package dev.katib.connectors.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import dev.katib.platform.KatibException;

/** XLSX workbooks made in the test the way a spreadsheet program saves them, read into a typed preview. */
class SpreadsheetReaderXlsxTests {

	private final SpreadsheetReader reader = new SpreadsheetReader(SpreadsheetLimits.DEFAULTS);

	@Test
	void readsDatesNumbersAndTheSavedResultsOfFormulas() throws IOException {
		SpreadsheetPreview preview = reader.read(staffWorkbook(true));

		assertThat(preview.format()).isEqualTo(SpreadsheetPreview.Format.XLSX);
		assertThat(preview.sheets()).containsExactly("الموظفون", "ملاحظات");
		assertThat(preview.sheet()).isEqualTo("الموظفون");
		assertThat(preview.columns()).containsExactly(new Column("الاسم", ColumnType.TEXT),
				new Column("تاريخ التعيين", ColumnType.DATE), new Column("آخر دخول", ColumnType.DATE_TIME),
				new Column("الراتب", ColumnType.CURRENCY), new Column("النسبة", ColumnType.PERCENT),
				new Column("السنوي", ColumnType.INTEGER), new Column("الاسم الكامل", ColumnType.TEXT),
				new Column("العائلة", ColumnType.TEXT));
		assertThat(preview.rows().getFirst().values()).containsExactly("أحمد", LocalDate.of(2026, 1, 15),
				LocalDateTime.of(2026, 1, 20, 9, 45), new Money(new BigDecimal("5000.00"), "SAR"), new BigDecimal("0.125"),
				60000L, "أحمد السالم", "السالم");
		assertThat(preview.problems()).isEmpty();
	}

	@Test
	void saysWhichFormulaHasNoSavedResultAndWhichCellShowsAnError() throws IOException {
		SpreadsheetPreview preview = reader.read(staffWorkbook(false));

		assertThat(preview.problems()).extracting(RowProblem::message).contains(
				"Row 2, column «السنوي»: the formula has no saved result; open the file in a spreadsheet program and save it again");

		XSSFWorkbook workbook = new XSSFWorkbook();
		Row header = workbook.createSheet("s").createRow(0);
		header.createCell(0).setCellValue("ratio");
		workbook.getSheet("s").createRow(1).createCell(0).setCellFormula("1/0");
		workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
		assertThat(reader.read(bytes(workbook)).problems()).extracting(RowProblem::message)
			.containsExactly("Row 2, column «ratio»: the cell shows the error #DIV/0!");
	}

	@Test
	void readsTheSheetAPersonChooses() throws IOException {
		SpreadsheetPreview notes = reader.read(staffWorkbook(true), new ReadOptions(null, null, null, "ملاحظات", Map.of()));

		assertThat(notes.sheet()).isEqualTo("ملاحظات");
		assertThat(notes.rows()).extracting(row -> row.values().getFirst()).containsExactly("مراجعة العقود");
		assertThatThrownBy(() -> reader.read(staffWorkbook(true), new ReadOptions(null, null, null, "Missing", Map.of())))
			.isInstanceOf(KatibException.class)
			.hasMessageContaining("«Missing»")
			.hasMessageContaining("الموظفون");
	}

	@Test
	void refusesAWorkbookOverTheColumnLimitAndAZipThatIsNoWorkbook() throws IOException {
		XSSFWorkbook wide = new XSSFWorkbook();
		Row row = wide.createSheet("wide").createRow(0);
		for (int column = 0; column < 5; column++) {
			row.createCell(column).setCellValue("c" + column);
		}
		assertThatThrownBy(() -> new SpreadsheetReader(new SpreadsheetLimits(1_000_000, 10, 4, 100)).read(bytes(wide)))
			.isInstanceOf(KatibException.class)
			.satisfies(e -> assertThat(((KatibException) e).properties()).containsEntry("limit", "columns"));

		byte[] zip = new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5 };
		assertThatThrownBy(() -> reader.read(zip)).isInstanceOf(KatibException.class)
			.satisfies(e -> assertThat(((KatibException) e).type()).isEqualTo(SpreadsheetProblems.UNREADABLE));
	}

	/** A staff list as an HR clerk keeps it: dates, money, a percentage and formulas, with a second sheet. */
	static byte[] staffWorkbook(boolean recalculated) throws IOException {
		XSSFWorkbook workbook = new XSSFWorkbook();
		XSSFSheet sheet = workbook.createSheet("الموظفون");
		String[] header = { "الاسم", "تاريخ التعيين", "آخر دخول", "الراتب", "النسبة", "السنوي", "الاسم الكامل", "العائلة" };
		Row top = sheet.createRow(0);
		for (int column = 0; column < header.length; column++) {
			top.createCell(column).setCellValue(header[column]);
		}
		CellStyle day = style(workbook, "dd/mm/yyyy");
		CellStyle moment = style(workbook, "yyyy-mm-dd hh:mm");
		CellStyle money = style(workbook, "[$SAR] #,##0.00");
		CellStyle percent = style(workbook, "0.0%");
		Object[][] people = { { "أحمد", LocalDate.of(2026, 1, 15), LocalDateTime.of(2026, 1, 20, 9, 45), 5000, 0.125, "السالم" },
				{ "سارة", LocalDate.of(2025, 3, 1), LocalDateTime.of(2026, 2, 1, 8, 0), 7250.5, 0.1, "الزهراني" } };
		for (int r = 0; r < people.length; r++) {
			Row row = sheet.createRow(r + 1);
			Object[] person = people[r];
			row.createCell(0).setCellValue((String) person[0]);
			row.createCell(1).setCellValue((LocalDate) person[1]);
			row.getCell(1).setCellStyle(day);
			row.createCell(2).setCellValue((LocalDateTime) person[2]);
			row.getCell(2).setCellStyle(moment);
			row.createCell(3).setCellValue(((Number) person[3]).doubleValue());
			row.getCell(3).setCellStyle(money);
			row.createCell(4).setCellValue((Double) person[4]);
			row.getCell(4).setCellStyle(percent);
			row.createCell(5).setCellFormula("D" + (r + 2) + "*12");
			row.createCell(6).setCellFormula("A" + (r + 2) + "&\" \"&H" + (r + 2));
			row.createCell(7).setCellValue((String) person[5]);
		}
		workbook.createSheet("ملاحظات").createRow(0).createCell(0).setCellValue("الملاحظة");
		workbook.getSheet("ملاحظات").createRow(1).createCell(0).setCellValue("مراجعة العقود");
		if (recalculated) {
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
		}
		return bytes(workbook);
	}

	private static CellStyle style(XSSFWorkbook workbook, String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}

	static byte[] bytes(XSSFWorkbook workbook) throws IOException {
		try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
	}
}
