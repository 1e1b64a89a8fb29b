package dev.katib.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicTextTests {

	@Test
	void treatsTaaMarbutaAndHaaAlike() {
		assertThat(ArabicText.normalizeForSearch("مدرسة")).isEqualTo(ArabicText.normalizeForSearch("مدرسه"));
	}

	@Test
	void treatsEveryAlefFormAlike() {
		assertThat(ArabicText.normalizeForSearch("أحمد إبراهيم آمال")).isEqualTo("احمد ابراهيم امال");
	}

	@Test
	void treatsAlefMaqsuraAndYaaAlike() {
		assertThat(ArabicText.normalizeForSearch("مستشفى")).isEqualTo(ArabicText.normalizeForSearch("مستشفي"));
	}

	@Test
	void dropsDiacriticsAndTatweel() {
		assertThat(ArabicText.normalizeForSearch("الْمَدْرَسَةُ الـــكبيرة")).isEqualTo("المدرسه الكبيره");
	}

	@Test
	void foldsPresentationFormsExtractedFromPdfs() {
		// «كتاب» as PDF text extraction returns it: isolated/final/medial presentation forms
		assertThat(ArabicText.normalizeForSearch("\uFEDB\uFE98\uFE8E\uFE8F")).isEqualTo("كتاب");
	}

	@Test
	void writesArabicIndicDigitsAsWesternAndLowerCasesLatin() {
		assertThat(ArabicText.normalizeForSearch("OUT/١٤٤٨/٠٠٠١٢٣ Katib")).isEqualTo("out/1448/000123 katib");
	}
}
