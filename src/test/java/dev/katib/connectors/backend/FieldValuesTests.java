package dev.katib.connectors.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.katib.connectors.FieldType;
import dev.katib.platform.KatibException;

class FieldValuesTests {

	@Test
	void givesEachValueTheJavaTypeOfItsField() {
		assertThat(FieldValues.accept("n", new FieldType.Decimal(2), "١٢٫٥")).isEqualTo(new BigDecimal("12.5"));
		assertThat(FieldValues.accept("n", new FieldType.Currency("SAR", 2), 40)).isEqualTo(new BigDecimal("40"));
		assertThat(FieldValues.accept("d", new FieldType.Date(), "2026-03-01")).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(FieldValues.accept("t", new FieldType.DateTime(), "2026-03-01T10:00:00Z"))
			.isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
		assertThat(FieldValues.accept("c", new FieldType.Checkbox(), "on")).isEqualTo(true);
		assertThat(FieldValues.accept("s", new FieldType.MultipleSelect(List.of("a", "b")), List.of("a", "b")))
			.isEqualTo(List.of("a", "b"));
		assertThat(FieldValues.accept("x", new FieldType.Decimal(0), null)).isNull();
	}

	@Test
	void refusesWhatDoesNotFitNamingTheField() {
		assertThatThrownBy(() -> FieldValues.accept("Age", new FieldType.Decimal(0), "old"))
			.isInstanceOf(KatibException.class).hasMessageContaining("Age");
		assertThatThrownBy(() -> FieldValues.accept("Mail", new FieldType.Text(FieldType.Text.Format.EMAIL), "not mail"))
			.hasMessageContaining("e-mail");
		assertThatThrownBy(() -> FieldValues.accept("Site", new FieldType.Text(FieldType.Text.Format.URL), "javascript:x"))
			.hasMessageContaining("http");
		assertThatThrownBy(() -> FieldValues.accept("S", new FieldType.SingleSelect(List.of("a")), "z"))
			.hasMessageContaining("no choice");
		assertThatThrownBy(() -> FieldValues.accept("F", new FieldType.Computed("formula"), "1"))
			.hasMessageContaining("computed");
		assertThatThrownBy(() -> FieldValues.accept("N", new FieldType.Text(FieldType.Text.Format.LINE), "a\u0000"))
			.hasMessageContaining("not text");
		assertThatThrownBy(() -> FieldValues.accept("N", new FieldType.Text(FieldType.Text.Format.LINE), "\ud800x"))
			.hasMessageContaining("not text");
	}

	@Test
	void keepsArabicAndPairedSurrogates() {
		assertThat(FieldValues.accept("N", new FieldType.Text(FieldType.Text.Format.LINE), " مرحبا 😀 ")).isEqualTo("مرحبا 😀");
	}
}
