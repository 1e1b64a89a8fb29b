package dev.katib.connectors.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DelimitersTests {

	@Test
	void findsEachDelimiterFromTheShapeOfTheLines() {
		assertThat(Delimiters.detect("name,city\nAhmed,Riyadh\nSara,Jeddah\n")).isEqualTo(',');
		assertThat(Delimiters.detect("name;city\nAhmed;Riyadh\nSara;Jeddah\n")).isEqualTo(';');
		assertThat(Delimiters.detect("name\tcity\nAhmed\tRiyadh\n")).isEqualTo('\t');
		assertThat(Delimiters.detect("name|city|phone\nAhmed|Riyadh|050\n")).isEqualTo('|');
	}

	@Test
	void isNotMisledByDecimalCommasOrQuotedDelimiters() {
		assertThat(Delimiters.detect("name;price;rate\nPen;1,5;2,25\nBook;12,75;3,5\n")).isEqualTo(';');
		assertThat(Delimiters.detect("name,address\n\"Ahmed\",\"Riyadh; King Fahd Rd; 12\"\n\"Sara\",\"Jeddah; Tahlia\"\n"))
			.isEqualTo(',');
	}

	@Test
	void readsAOneColumnFileWithCommas() {
		assertThat(Delimiters.detect("names\nAhmed\nSara\n")).isEqualTo(',');
	}
}
