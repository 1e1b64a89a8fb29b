package dev.katib.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AuditCsvTests {

	@ParameterizedTest
	@ValueSource(strings = { "=1+1", "+1", "-1", "@SUM(A1)", "\tcmd", "\rcmd", "\uFF1D1+1" })
	void defusesCellsASpreadsheetWouldRunAsAFormula(String value) {
		assertThat(AuditCsv.cell(value)).isEqualTo("\"'" + value + "\"");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "plain|\"plain\"", "a,b|\"a,b\"", "say \"hi\"|\"say \"\"hi\"\"\"",
			"1=1|\"1=1\"", "كاتب|\"كاتب\"" })
	void quotesEveryCellAndDoublesItsQuotes(String value, String expected) {
		assertThat(AuditCsv.cell(value)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "line\nbreak", "line\r\nbreak" })
	void keepsLineBreaksInsideTheQuotes(String value) {
		assertThat(AuditCsv.cell(value)).isEqualTo("\"" + value + "\"");
	}

	@org.junit.jupiter.api.Test
	void writesAnEmptyCellForAMissingValue() {
		assertThat(AuditCsv.cell(null)).isEqualTo("\"\"");
	}
}
