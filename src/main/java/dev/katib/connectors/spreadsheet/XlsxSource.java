package dev.katib.connectors.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.util.XMLHelper;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import dev.katib.platform.KatibException;

/**
 * The cells of one sheet of an XLSX workbook, streamed (the workbook is never held in memory as
 * cells): formula cells give the result the spreadsheet program saved, numbers come through
 * {@link CanonicalFormatter}.
 */
final class XlsxSource {

	record Read(RawSheet sheet, String sheetName, List<String> sheets) {
	}

	private XlsxSource() {
	}

	static Read read(byte[] bytes, @Nullable String chosenSheet, SpreadsheetLimits limits) {
		try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(bytes))) {
			XSSFReader reader = new XSSFReader(workbook);
			boolean date1904 = usesDate1904(reader);
			List<String> names = new ArrayList<>();
			String sheetName = null;
			RawSheet sheet = null;
			XSSFReader.SheetIterator sheets = reader.getSheetIterator();
			while (sheets.hasNext()) {
				try (InputStream stream = sheets.next()) {
					names.add(sheets.getSheetName());
					if (sheet == null && (chosenSheet == null || chosenSheet.equals(sheets.getSheetName()))) {
						sheetName = sheets.getSheetName();
						sheet = rows(stream, reader, new ReadOnlySharedStringsTable(workbook), date1904, limits);
					}
				}
			}
			if (sheet == null) {
				throw SpreadsheetProblems.unreadable(chosenSheet == null ? "The workbook has no sheet."
						: "The workbook has no sheet named «" + chosenSheet + "»; its sheets are " + names + ".");
			}
			return new Read(sheet, sheetName, names);
		}
		catch (KatibException ex) {
			throw ex;
		}
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException ex) {
			throw SpreadsheetProblems.unreadable(
					"The file is not a workbook Katib can read (" + ex.getClass().getSimpleName() + "); save it as .xlsx or CSV.");
		}
	}

	private static RawSheet rows(InputStream stream, XSSFReader reader, ReadOnlySharedStringsTable strings,
			boolean date1904, SpreadsheetLimits limits)
			throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
		SheetRows rows = new SheetRows(limits);
		XSSFSheetXMLHandler cells = new XSSFSheetXMLHandler(reader.getStylesTable(), strings, rows,
				new CanonicalFormatter(date1904), false);
		XMLReader parser = XMLHelper.newXMLReader();
		parser.setContentHandler(rows.watching(cells));
		parser.parse(new InputSource(stream));
		return rows.sheet();
	}

	/** Workbooks from old Macintosh Excel count days from 1904. */
	private static boolean usesDate1904(XSSFReader reader) throws IOException, OpenXML4JException {
		try (InputStream workbook = reader.getWorkbookData()) {
			String head = new String(workbook.readNBytes(16 * 1024), StandardCharsets.UTF_8);
			return head.matches("(?s).*<(\\w+:)?workbookPr[^>]*date1904=\"(1|true)\".*");
		}
	}
}
