package dev.katib.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.platform.ArabicText;
import dev.katib.support.IntegrationTest;

/**
 * Letters are found by SQL ({@code letters_searchable}, run by a trigger on every version) with words normalised
 * in Java ({@link ArabicText#searchable}): if the two disagreed on a spelling, a letter would not be found by the
 * words it contains. They are held to the same answer on every line of the shipped phrase banks and on the
 * spellings users type.
 */
class SearchNormaliserAgreementIntegrationTests extends IntegrationTest {

	private static final List<String> TYPED = List.of("مدرسة", "مدرسه", "أحمد إبراهيم آمال ٱلله", "مستشفى",
			"الْمَدْرَسَةُ الـــكبيرة", "شكراً جزيلاً", "التكرُّم بأنَّ", "مؤسسة", "مسئول", "\uFEDB\uFE98\uFE8E\uFE8F",
			"OUT/١٤٤٨/٠٠٠١٢٣ Katib", "۱۲۳ ۴۵۶", "  بداية\tو\nنهاية  ", "Ministry OF Education", "École Façade Ärzte",
			"ﷲ", "ﻻ إله", "٪٥٠", "A\u00A0B\u2003C", "رحمنٰ", "الحمد لله ۖ", "Straße", "ǅemal", "");

	@Autowired
	JdbcClient jdbc;

	@Test
	void javaAndSqlNormaliseEveryPhraseAndTypedSpellingAlike() throws IOException {
		List<String> corpus = new ArrayList<>(TYPED);
		corpus.addAll(lines("/letters/phrases/ar.yaml"));
		corpus.addAll(lines("/letters/phrases/en.yaml"));

		List<String> disagreements = new ArrayList<>();
		for (String text : corpus) {
			String sql = jdbc.sql("SELECT letters_searchable(:text)").param("text", text).query(String.class).single();
			String java = ArabicText.searchable(text);
			if (!java.equals(sql)) {
				disagreements.add("«" + text + "»: Java «" + java + "», SQL «" + sql + "»");
			}
		}

		assertThat(corpus).hasSizeGreaterThan(200);
		assertThat(disagreements).isEmpty();
	}

	private static List<String> lines(String resource) throws IOException {
		try (InputStream in = SearchNormaliserAgreementIntegrationTests.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
		}
	}
}
