package dev.katib.letters.addressing;

import dev.katib.knowledge.Recipient;
import dev.katib.knowledge.Honorific;
import dev.katib.knowledge.Gender;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.katib.letters.content.AddresseeBlock;
import dev.katib.knowledge.Language;

class AddressingTests {

	@Test
	void addressesAWomanByHerOfficeWithTheFeminineTitleAndPrayer() {
		AddresseeBlock block = Addressing.block(
				new Recipient(null, Honorific.SAADA, "مدير إدارة التدريب", Gender.FEMALE, "جامعة الملك سعود"),
				Language.ARABIC);

		assertThat(block.line()).isEqualTo("سعادة مديرة إدارة التدريب");
		assertThat(block.prayer()).isEqualTo("سلمها الله");
		assertThat(block.details()).containsExactly("جامعة الملك سعود");
	}

	@Test
	void putsAPersonalHonorificBeforeTheNameAndTheTitleUnderIt() {
		AddresseeBlock block = Addressing.block(
				new Recipient("ريم الدوسري", Honorific.DOCTOR, "عميد كلية الطب", Gender.FEMALE, null), Language.ARABIC);

		assertThat(block.line()).isEqualTo("الدكتورة ريم الدوسري");
		assertThat(block.details()).containsExactly("عميدة كلية الطب");
	}

	@Test
	void addressesAnOfficeWithoutANameAsSaadaRatherThanPutADoctorBeforeATitle() {
		AddresseeBlock block = Addressing.block(new Recipient(null, Honorific.DOCTOR, "عميد كلية الطب", Gender.MALE, null),
				Language.ARABIC);

		assertThat(block.line()).isEqualTo("سعادة عميد كلية الطب");
		assertThat(block.prayer()).isEqualTo("سلمه الله");
	}

	@Test
	void keepsAnEnglishJobTitleWithoutAPersonalHonorificWhenThereIsNoName() {
		AddresseeBlock block = Addressing.block(new Recipient(null, Honorific.MISTER, "Head of Procurement", Gender.FEMALE,
				"Acme Ltd"), Language.ENGLISH);

		assertThat(block.line()).isEqualTo("Head of Procurement");
		assertThat(block.details()).containsExactly("Acme Ltd");
		assertThat(Addressing.greeting(new Recipient(null, Honorific.MISTER, "Head of Procurement", Gender.FEMALE, null),
				Language.ENGLISH)).isEqualTo("Dear Madam,");
	}

	@Test
	void everyHonorificHasAStableCodeItIsFoundBy() {
		for (Honorific honorific : Honorific.values()) {
			assertThat(Honorific.fromCode(honorific.code())).contains(honorific);
		}
		assertThat(Honorific.values()).extracting(Honorific::code)
			.containsExactly("royal-highness", "highness", "maali", "saada", "sheikh", "doctor", "engineer", "mister",
					"messrs");
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "John Smith, Smith", "Mohammed Al Qahtani, Al Qahtani", "Khalid bin Salman, bin Salman",
			"Ludwig van Beethoven, van Beethoven", "Smith, Smith" })
	void greetsByTheSurnameWithItsParticles(String name, String surname) {
		assertThat(Addressing.surname(name)).isEqualTo(surname);
	}
}
