package dev.katib.letters.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class VersionDiffTests {

	@Test
	void marksTheArabicWordsThatChangedAndKeepsTheRest() {
		FieldDiff diff = VersionDiff.field("paragraphs[0]", "نرجو التكرم بتزويدنا بتقرير الربع الثالث قبل نهاية الشهر",
				"نرجو التكرم بإرسال تقرير الربع الثالث قبل نهاية الشهر");

		assertThat(diff.changed()).isTrue();
		assertThat(diff.segments()).containsExactly(new Segment("equal", "نرجو التكرم "),
				new Segment("delete", "بتزويدنا بتقرير"), new Segment("insert", "بإرسال تقرير"),
				new Segment("equal", " الربع الثالث قبل نهاية الشهر"));
	}

	@Test
	void theSegmentsOfEitherSideGiveBackItsText() {
		String older = "Please send the report by Sunday. Thank you.";
		String newer = "Kindly send the full report by Monday. Thank you.";
		FieldDiff diff = VersionDiff.field("paragraphs[0]", older, newer);

		assertThat(text(diff.segments(), "insert")).isEqualTo(newer);
		assertThat(text(diff.segments(), "delete")).isEqualTo(older);
	}

	@Test
	void anUnchangedPartIsOneEqualSegmentAndAnAddedParagraphIsAllInserted() {
		assertThat(VersionDiff.field("subject", "طلب تقرير", "طلب تقرير"))
			.isEqualTo(new FieldDiff("subject", false, List.of(new Segment("equal", "طلب تقرير"))));
		assertThat(VersionDiff.field("paragraphs[3]", null, "فقرة جديدة"))
			.isEqualTo(new FieldDiff("paragraphs[3]", true, List.of(new Segment("insert", "فقرة جديدة"))));
	}

	/** The text of one side: the equal segments and the given side's. */
	private static String text(List<Segment> segments, String side) {
		return segments.stream()
			.filter(segment -> segment.op().equals("equal") || segment.op().equals(side))
			.map(Segment::text)
			.collect(Collectors.joining());
	}
}
