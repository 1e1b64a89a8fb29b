package dev.katib.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class NumberFormatTests {

	@Test
	void writesPrefixYearAndZeroPaddedSequence() {
		assertThat(new NumberFormat("OUT", NumberFormat.Calendar.HIJRI, 6).format(1448, 123))
			.isEqualTo("OUT/1448/000123");
		assertThat(new NumberFormat(" ", NumberFormat.Calendar.GREGORIAN, 3).format(2026, 7)).isEqualTo("2026/007");
		assertThat(new NumberFormat("OUT", NumberFormat.Calendar.HIJRI, 2).format(1448, 1234))
			.isEqualTo("OUT/1448/1234");
	}

	@Test
	void writesWesternDigitsWhateverTheDefaultLocale() {
		Locale before = Locale.getDefault(Locale.Category.FORMAT);
		try {
			Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag("ar-SA-u-nu-arab"));
			assertThat(new NumberFormat("صادر", NumberFormat.Calendar.HIJRI, 6).format(1448, 42))
				.isEqualTo("صادر/1448/000042");
		}
		finally {
			Locale.setDefault(Locale.Category.FORMAT, before);
		}
	}

	@Test
	void refusesAWidthOutsideOneToTwelve() {
		assertThatThrownBy(() -> new NumberFormat("OUT", NumberFormat.Calendar.HIJRI, 0))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new NumberFormat("OUT", NumberFormat.Calendar.HIJRI, 13))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
