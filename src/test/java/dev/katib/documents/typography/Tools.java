package dev.katib.documents.typography;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

/**
 * The outside tools the typography corpus is checked with: poppler's {@code pdftotext} and
 * {@code pdftoppm}, and Debian's Chromium, whose text shaping is HarfBuzz.
 */
final class Tools {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Pattern LINE = Pattern.compile("<line xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">(.*?)</line>",
			Pattern.DOTALL);
	private static final Pattern WORD = Pattern.compile("<word xMin=\"([\\d.]+)\" yMin=\"[\\d.]+\" xMax=\"([\\d.]+)\" yMax=\"[\\d.]+\">([^<]*)</word>");

	private Tools() {
	}

	static boolean available() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(Path.of("/usr/bin/pdftotext"))
				&& Files.isExecutable(Path.of("/usr/bin/pdftoppm"));
	}

	/** A word as {@code pdftotext -bbox-layout} finds it, in points. */
	record Word(String text, double left, double right) {

		double width() {
			return right - left;
		}
	}

	/** A line as {@code pdftotext -bbox-layout} finds it, in points. */
	record Box(double left, double top, double right, double bottom, List<Word> words) {
	}

	static List<Box> lines(Path pdf, int page) {
		String xml = run("pdftotext", "-bbox-layout", "-f", Integer.toString(page), "-l", Integer.toString(page),
				pdf.toString(), "-");
		List<Box> lines = new ArrayList<>();
		Matcher line = LINE.matcher(xml);
		while (line.find()) {
			List<Word> words = new ArrayList<>();
			Matcher word = WORD.matcher(line.group(5));
			while (word.find()) {
				words.add(new Word(word.group(3), Double.parseDouble(word.group(1)), Double.parseDouble(word.group(2))));
			}
			lines.add(new Box(Double.parseDouble(line.group(1)), Double.parseDouble(line.group(2)),
					Double.parseDouble(line.group(3)), Double.parseDouble(line.group(4)), words));
		}
		return lines;
	}

	static String text(Path pdf) {
		return run("pdftotext", pdf.toString(), "-");
	}

	static BufferedImage page(Path pdf, int page, int dpi) {
		Path png = pdf.resolveSibling(pdf.getFileName() + "-" + page);
		run("pdftoppm", "-png", "-r", Integer.toString(dpi), "-f", Integer.toString(page), "-l", Integer.toString(page),
				"-singlefile", pdf.toString(), png.toString());
		try {
			return ImageIO.read(png.resolveSibling(png.getFileName() + ".png").toFile());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Chromium prints the page to PDF, headless, with nothing around it. */
	static Path chromium(Path html) {
		Path pdf = html.resolveSibling(html.getFileName() + ".pdf");
		run(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--no-pdf-header-footer", "--print-to-pdf=" + pdf, html.toUri().toString());
		return pdf;
	}

	private static String run(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
			byte[] out = process.getInputStream().readAllBytes();
			if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed");
			}
			return new String(out, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
