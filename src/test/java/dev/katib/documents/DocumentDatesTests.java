package dev.katib.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class DocumentDatesTests {

	private final DocumentDates dates = new DocumentDates();

	@Test
	void firstOfMarch2025IsTheFirstOfRamadan1446InUmmAlQura() {
		assertThat(dates.hijri(LocalDate.of(2025, 3, 1))).isEqualTo(new HijriDate(1446, 9, 1));
	}

	@Test
	void knownDaysOfTheUmmAlQuraCalendar() {
		assertThat(dates.hijri(LocalDate.of(2024, 7, 7))).isEqualTo(new HijriDate(1446, 1, 1));
		assertThat(dates.hijri(LocalDate.of(2025, 3, 30))).isEqualTo(new HijriDate(1446, 10, 1));
		assertThat(dates.hijri(LocalDate.of(2023, 9, 23))).isEqualTo(new HijriDate(1445, 3, 8));
	}

	@Test
	void writesHijriAndGregorianDatesInArabicWithEitherDigits() {
		LocalDate day = LocalDate.of(2025, 3, 1);

		assertThat(dates.formatHijri(day, DocumentLanguage.ARABIC, DigitStyle.ARABIC_INDIC)).isEqualTo("١ رمضان ١٤٤٦هـ");
		assertThat(dates.formatHijri(day, DocumentLanguage.ARABIC, DigitStyle.WESTERN)).isEqualTo("1 رمضان 1446هـ");
		assertThat(dates.formatGregorian(day, DocumentLanguage.ARABIC, DigitStyle.ARABIC_INDIC))
			.isEqualTo("١ مارس ٢٠٢٥م");
	}

	@Test
	void writesHijriAndGregorianDatesInEnglish() {
		LocalDate day = LocalDate.of(2025, 3, 1);

		assertThat(dates.formatHijri(day, DocumentLanguage.ENGLISH, DigitStyle.WESTERN)).isEqualTo("1 Ramadan 1446 AH");
		assertThat(dates.formatGregorian(day, DocumentLanguage.ENGLISH, DigitStyle.WESTERN)).isEqualTo("1 March 2025");
	}

	@Test
	void theDayOfIssueIsTheOrganisationsDayNotTheServers() {
		Instant lateEveningUtc = Instant.parse("2025-02-28T22:30:00Z");

		assertThat(new IssueDate(lateEveningUtc, ZoneId.of("Asia/Riyadh")).day()).isEqualTo(LocalDate.of(2025, 3, 1));
		assertThat(new IssueDate(lateEveningUtc, ZoneId.of("UTC")).day()).isEqualTo(LocalDate.of(2025, 2, 28));
	}

	@Test
	void writesNumbersWithArabicIndicDigitsWhenThatIsTheSetting() {
		assertThat(dates.number(2025, DigitStyle.ARABIC_INDIC)).isEqualTo("٢٠٢٥");
		assertThat(dates.number(2025, DigitStyle.WESTERN)).isEqualTo("2025");
	}
}
