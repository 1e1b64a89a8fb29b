package dev.katib.connectors.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/** Writes a table as an XLSX workbook row by row (a window of rows in memory), with a style per number format. */
final class XlsxExport {

	private static final int ROWS_IN_MEMORY = 200;

	private final SXSSFWorkbook workbook;
	private final Map<String, CellStyle> styles = new HashMap<>();

	private XlsxExport(SXSSFWorkbook workbook) {
		this.workbook = workbook;
	}

	static byte[] write(Table table, String sheetName) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.setCompressTempFiles(true);
			new XlsxExport(workbook).sheet(table, sheetName);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void sheet(Table table, String name) {
		SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name.isBlank() ? "Sheet1" : name));
		sheet.setRightToLeft(isArabic(table));
		sheet.createFreezePane(0, 1);
		CellStyle bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		Row header = sheet.createRow(0);
		for (int column = 0; column < table.columns().size(); column++) {
			Cell cell = header.createCell(column);
			cell.setCellValue(table.columns().get(column).name());
			cell.setCellStyle(bold);
		}
		for (int r = 0; r < table.rows().size(); r++) {
			List<@Nullable Object> values = table.rows().get(r);
			Row row = sheet.createRow(r + 1);
			for (int column = 0; column < values.size(); column++) {
				Object value = values.get(column);
				if (value != null) {
					write(row.createCell(column), value, table.columns().get(column).type());
				}
			}
		}
	}

	private void write(Cell cell, Object value, ColumnType type) {
		switch (value) {
			case BigDecimal number when type == ColumnType.PERCENT -> {
				cell.setCellValue(number.doubleValue());
				cell.setCellStyle(style(decimals("0", Math.max(0, number.scale() - 2)) + "%"));
			}
			case BigDecimal number -> {
				cell.setCellValue(number.doubleValue());
				if (number.scale() > 0) {
					cell.setCellStyle(style(decimals("0", number.scale())));
				}
			}
			case Number number -> cell.setCellValue(number.doubleValue());
			case Money money -> {
				cell.setCellValue(money.amount().doubleValue());
				cell.setCellStyle(style(decimals("[$" + money.currency() + "] #,##0", Math.max(0, money.amount().scale()))));
			}
			case Boolean flag -> cell.setCellValue(flag);
			case LocalDateTime moment -> {
				cell.setCellValue(moment);
				cell.setCellStyle(style("yyyy-mm-dd hh:mm:ss"));
			}
			case LocalDate day -> {
				cell.setCellValue(day);
				cell.setCellStyle(style("yyyy-mm-dd"));
			}
			default -> cell.setCellValue(value.toString());
		}
	}

	private static String decimals(String whole, int decimals) {
		return decimals == 0 ? whole : whole + "." + "0".repeat(decimals);
	}

	private CellStyle style(String format) {
		return styles.computeIfAbsent(format, f -> {
			CellStyle style = workbook.createCellStyle();
			style.setDataFormat(workbook.createDataFormat().getFormat(f));
			return style;
		});
	}

	private static boolean isArabic(Table table) {
		return Scripts.mostlyArabic(Stream
			.concat(table.columns().stream().map(Column::name),
					table.rows().stream().limit(200).flatMap(List::stream).filter(String.class::isInstance).map(String.class::cast))
			.toList());
	}
}
