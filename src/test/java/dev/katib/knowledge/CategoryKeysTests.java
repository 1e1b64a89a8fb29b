package dev.katib.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class CategoryKeysTests {

	@Test
	void makesAKeyFromTheEnglishNameWhenThereIsOne() {
		assertThat(CategoryKeys.from("شكر وتقدير", "Letter of Thanks & Appreciation", Set.of()))
			.isEqualTo("letter-of-thanks-appreciation");
		assertThat(CategoryKeys.from("تهنئة", "Félicitations", Set.of())).isEqualTo("felicitations");
	}

	@Test
	void writesTheArabicNameInLatinLettersWhenTheEnglishNameGivesNone() {
		assertThat(CategoryKeys.from("شهادة خبرة", null, Set.of())).isEqualTo("shhadt-khbrt");
		assertThat(CategoryKeys.from("تعزية", "  ", Set.of())).matches("[a-z0-9]+(-[a-z0-9]+)*").startsWith("t");
	}

	@Test
	void numbersAKeyThatIsTakenAndKeepsItWithinFortyCharacters() {
		assertThat(CategoryKeys.from(null, "Request", Set.of("request", "request-2"))).isEqualTo("request-3");
		String key = CategoryKeys.from(null, "a".repeat(60), Set.of("a".repeat(40)));
		assertThat(key).hasSizeLessThanOrEqualTo(40).endsWith("-2");
		assertThat(CategoryKeys.from("!!!", "???", Set.of())).isEqualTo("category");
	}
}
