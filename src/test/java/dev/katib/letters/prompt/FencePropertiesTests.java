package dev.katib.letters.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class FencePropertiesTests {

	private static final Gen<String> HOSTILE = lists()
		.of(arbitrary().pick("<", ">", "<<", "<<<", ">>>", "END DATA", "DATA ", "＜", "＞", "﹤", "﹥", "\n", "نص", " "))
		.ofSizeBetween(0, 40)
		.map(parts -> String.join("", parts))
		.mix(strings().allPossible().ofLengthBetween(0, 80), 30);

	@Test
	void noDataCanCloseItsFenceOrOpenAnother() {
		qt().withExamples(1_000).forAll(HOSTILE).checkAssert(data -> {
			String fenced = Fence.around("reference letter 1", data);
			String inside = fenced.substring(fenced.indexOf('\n') + 1, fenced.length() - Fence.END.length());

			assertThat(inside).doesNotContain(Fence.OPEN, Fence.CLOSE);
			assertThat(fenced).endsWith("\n" + Fence.END);
		});
	}

	@Test
	void leavesDataWithoutMarkersAsItIs() {
		qt().withExamples(500)
			.forAll(strings().allPossible().ofLengthBetween(0, 80).assuming(text -> !text.matches("(?s).*[<>＜＞﹤﹥]{3}.*")))
			.checkAssert(data -> assertThat(Fence.neutral(data)).isEqualTo(data));
	}
}
