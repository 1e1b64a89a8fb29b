package dev.katib.documents.typography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.katib.documents.Alignment;
import dev.katib.documents.BodyBlock;
import dev.katib.documents.DocumentCorpus;
import dev.katib.documents.DocumentLanguage;
import dev.katib.documents.pdf.KatibText;
import dev.katib.documents.pdf.Renderers;

/**
 * The typography corpus: every mark on several letters, the common marked forms of a formal letter,
 * lam-alef forms, the Allah ligature, numbers and Latin words inside Arabic lines, a justified
 * paragraph, over two pages. Printed by Katib, read back by PDFBox and poppler, and compared with
 * the same lines printed by Chromium (HarfBuzz).
 */
class TypographyCorpusTests {

	/** Single lines, compared with Chromium's rendering one by one. */
	static final List<String> LINES = List.of("بَ بُ بِ بً بٌ بٍ بّ بْ بٰ", "سَ سُ سِ سّ سْ عَ عُ عِ عّ", "كَتَبَ مُحَمَّدٌ رِسَالَةً",
			"كتب محمد رسالة", "شكراً جزيلاً", "شكرا جزيلا", "التكرُّم", "التكرم", "بأنَّ", "بأن", "إنَّ اللهَ", "إن الله",
			"لا لأ لإ لآ سلام", "الله ولله بالله", "رقم الخطاب OUT/1448/000123 بتاريخ ٢٥ مارس 2025 عبر Katib Platform");

	/** Words with marks and the same words without them: each pair takes the same width on paper. */
	static final Map<String, String> SAME_WIDTH = Map.of("كَتَبَ مُحَمَّدٌ رِسَالَةً", "كتب محمد رسالة", "شكراً جزيلاً",
			"شكرا جزيلا", "التكرُّم", "التكرم", "بأنَّ", "بأن", "إنَّ اللهَ", "إن الله");

	/**
	 * The smallest agreement of Katib's and Chromium's ink for a line (see {@link Ink#agreement}), at
	 * 150 dpi. Measured here: 0.989 to 1.000 for every line but «شكراً جزيلاً» (0.741): Chromium shapes
	 * the whole line and applies Amiri's kerning against the space between the words, which Katib,
	 * shaping word by word, does not; the words themselves, marks included, are drawn alike.
	 */
	static final double SAME_DRAWING = 0.7;

	/** How much the inked width of a line may differ from Chromium's, in percent (measured: at most 4.2). */
	static final double WIDTH_TOLERANCE = 5.0;

	private static final int DPI = 150;

	@TempDir
	static Path folder;

	private static Path katib;

	@BeforeAll
	static void print() throws Exception {
		List<BodyBlock> body = new ArrayList<>();
		LINES.forEach(line -> body.add(new BodyBlock.Line(line, Alignment.START, false)));
		for (int i = 0; i < 8; i++) {
			body.add(new BodyBlock.Paragraph(DocumentCorpus.ARABIC_PARAGRAPH));
		}
		katib = Files.write(folder.resolve("katib.pdf"), Renderers.pdf(0)
			.pdf(DocumentCorpus.plain(DocumentLanguage.ARABIC, body), DocumentCorpus.letterhead())
			.content());
	}

	@Test
	void readsBackAsTypedOverBothPagesWithNoPresentationForms() throws Exception {
		String pdfBox;
		try (var document = org.apache.pdfbox.Loader.loadPDF(katib.toFile())) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			pdfBox = KatibText.text(document).replaceAll("\\s+", " ");
		}
		assumeThat(Tools.available()).as("poppler and Chromium are installed").isTrue();
		// poppler keeps no space where the direction changes ("OUT/1448/000123بتاريخ"), so its text is
		// compared letter for letter and mark for mark, without the spaces
		String poppler = withoutBidiControls(Tools.text(katib)).replaceAll("\\s+", "");

		for (String line : LINES) {
			assertThat(pdfBox).contains(line);
			assertThat(poppler).contains(line.replaceAll("\\s+", ""));
		}
		assertThat(pdfBox).contains(DocumentCorpus.ARABIC_PARAGRAPH + " " + DocumentCorpus.ARABIC_PARAGRAPH);
		assertThat(poppler).contains(DocumentCorpus.ARABIC_PARAGRAPH.replaceAll("\\s+", ""));
		assertThat(pdfBox + poppler).doesNotContainPattern("[\\x{FB50}-\\x{FDFF}\\x{FE70}-\\x{FEFF}]");
	}

	@Test
	void aWordWithMarksIsAsWideAsTheSameWordWithout() {
		assumeThat(Tools.available()).as("poppler is installed").isTrue();
		List<Tools.Box> lines = Tools.lines(katib, 1);
		SAME_WIDTH.forEach((marked, plain) -> {
			List<Tools.Word> withMarks = line(lines, marked).words();
			List<Tools.Word> without = line(lines, plain).words();
			assertThat(withMarks).hasSameSizeAs(without);
			for (int i = 0; i < without.size(); i++) {
				assertThat(withMarks.get(i).width()).as(marked + " / " + plain)
					.isCloseTo(without.get(i).width(), org.assertj.core.data.Percentage.withPercentage(2));
			}
		});
	}

	@Test
	void justifiedParagraphFillsTheLineFromMarginToMargin() {
		assumeThat(Tools.available()).as("poppler is installed").isTrue();
		List<Tools.Box> paragraph = Tools.lines(katib, 2).stream().filter(line -> line.words().size() > 8).toList();
		double left = paragraph.stream().mapToDouble(Tools.Box::left).min().orElseThrow();
		double right = paragraph.stream().mapToDouble(Tools.Box::right).max().orElseThrow();

		assertThat(paragraph).hasSizeGreaterThan(4);
		assertThat(paragraph.stream().filter(line -> line.left() < left + 1 && line.right() > right - 1).count())
			.isGreaterThan(paragraph.size() / 2);
	}

	@Test
	void linesAreDrawnAsChromiumDrawsThem() throws Exception {
		assumeThat(Tools.available()).as("poppler and Chromium are installed").isTrue();
		Path chromium = Tools.chromium(Files.writeString(folder.resolve("chromium.html"), html(), StandardCharsets.UTF_8));
		BufferedImage ours = Tools.page(katib, 1, DPI);
		BufferedImage theirs = Tools.page(chromium, 1, DPI);
		Path pictures = Files.createDirectories(Path.of("target/typography"));
		javax.imageio.ImageIO.write(ours, "png", pictures.resolve("katib.png").toFile());
		javax.imageio.ImageIO.write(theirs, "png", pictures.resolve("chromium.png").toFile());
		List<Tools.Box> ourLines = Tools.lines(katib, 1);
		List<Tools.Box> theirLines = Tools.lines(chromium, 1);

		List<String> measures = new ArrayList<>();
		for (String text : LINES) {
			Ink mine = ink(ours, line(ourLines, text));
			Ink chromes = ink(theirs, line(theirLines, text));
			int index = measures.size();
			javax.imageio.ImageIO.write(mine.picture(), "png", pictures.resolve("line-" + index + "-katib.png").toFile());
			javax.imageio.ImageIO.write(chromes.picture(), "png", pictures.resolve("line-" + index + "-chromium.png").toFile());
			measures.add(String.format(java.util.Locale.ROOT, "%s: width %d / %d px, agreement %.3f", text, mine.width(),
					chromes.width(), mine.agreement(chromes)));
			assertThat(mine.width()).as(measures.getLast())
				.isCloseTo(chromes.width(), org.assertj.core.data.Percentage.withPercentage(WIDTH_TOLERANCE));
			assertThat(mine.agreement(chromes)).as(measures.getLast()).isGreaterThanOrEqualTo(SAME_DRAWING);
		}
		Files.write(pictures.resolve("agreement.txt"), measures);
	}

	/** The line whose letters and marks (spaces and bidi controls aside) are those of a text, in any order. */
	private static Tools.Box line(List<Tools.Box> lines, String text) {
		String key = letters(text);
		return lines.stream()
			.filter(line -> letters(String.join("", line.words().stream().map(Tools.Word::text).toList())).equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No line reads " + text));
	}

	private static String letters(String text) {
		return withoutBidiControls(text).replaceAll("\\s", "").chars().sorted()
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
	}

	private static String withoutBidiControls(String text) {
		return text.replaceAll("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]", "");
	}

	private static Ink ink(BufferedImage page, Tools.Box line) {
		double scale = DPI / 72.0;
		return Ink.of(page, (int) ((line.left() - 6) * scale), (int) ((line.top() - 2) * scale),
				(int) ((line.right() + 6) * scale), (int) ((line.bottom() + 2) * scale));
	}

	private static String html() {
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">")
			.append("<style>@font-face { font-family: 'Amiri'; src: url('")
			.append(Path.of("src/main/resources/fonts/Amiri-Regular.ttf").toAbsolutePath().toUri())
			.append("'); } @page { size: A4; margin: 20mm; } body { margin: 0; font-family: 'Amiri'; font-size: 13pt; }")
			.append(" div { line-height: 40pt; white-space: nowrap; }</style></head><body>");
		for (String line : LINES) {
			html.append("<div>").append(line).append("</div>");
		}
		return html.append("</body></html>").toString();
	}
}
