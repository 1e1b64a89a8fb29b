package dev.katib.archive.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.katib.archive.SearchResults.Fragment;

class SearchTermsTests {

	@Test
	void indexesWordsAlsoWithoutTheirPrefixes() {
		assertThat(SearchTerms.indexText("والمدرسة الكبرى")).isEqualTo("والمدرسه مدرسه الكبري كبري");
	}

	@Test
	void buildsQueriesOnlyFromLettersAndDigits() {
		List<String> terms = SearchTerms.queryTerms("مدرسة' | !(x) & OUT/1448");

		assertThat(terms).containsExactly("مدرسه", "x", "out", "1448");
		assertThat(SearchTerms.tsQuery(terms)).isEqualTo("'مدرسه':* & 'x':* & 'out':* & '1448':*");
	}

	@Test
	void marksTheMatchingWordsInTheirOriginalSpelling() {
		List<Fragment> snippet = SearchTerms.snippet("زيارة طلاب المدرسة إلى المتحف", SearchTerms.queryTerms("مدرسه"));

		assertThat(snippet).containsExactly(new Fragment("زيارة طلاب ", false), new Fragment("المدرسة", true),
				new Fragment(" إلى المتحف", false));
	}

	@Test
	void quotesAPassageAroundTheFirstMatchOfALongText() {
		String text = "كلمة ".repeat(100) + "الهدف " + "كلمة ".repeat(100);

		List<Fragment> snippet = SearchTerms.snippet(text, SearchTerms.queryTerms("هدف"));

		assertThat(snippet.getFirst().text()).startsWith("… ");
		assertThat(snippet).filteredOn(Fragment::match).extracting(Fragment::text).containsExactly("الهدف");
		assertThat(snippet.getLast().text()).endsWith(" …");
	}
}
