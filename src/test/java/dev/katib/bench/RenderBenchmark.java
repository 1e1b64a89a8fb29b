package dev.katib.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import dev.katib.documents.Archival;
import dev.katib.documents.DocumentCorpus;
import dev.katib.documents.DocumentDescription;
import dev.katib.documents.DocumentRenderer;
import dev.katib.documents.Letterhead;
import dev.katib.documents.pdf.Renderers;

/**
 * How many one-page Arabic letters are rendered per second on one thread (JMH, not a test), with the
 * render cache off so that every letter is laid out, shaped and printed: as a PDF/A-3u with an
 * embedded {@code letter.json} (what archiving does), as a plain PDF (downloads and previews), and as
 * a PDF/A with every word shaped anew (no shaped word reused: the cost of a letter of new words).
 * <p>
 * Run: {@code ./mvnw -B test-compile exec:java -Dexec.mainClass=dev.katib.bench.RenderBenchmark
 * -Dexec.classpathScope=test}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Threads(1)
@State(Scope.Thread)
public class RenderBenchmark {

	private final Letterhead letterhead = DocumentCorpus.letterhead();
	private final DocumentDescription letter = DocumentCorpus.arabicLetter();
	private final Archival archival = new Archival(DocumentCorpus.NUMBER, java.util.List.of(new Archival.Attachment(
			"letter.json", "application/json", "The letter as data", "{\"number\":\"OUT/1448/000123\"}".getBytes(
					java.nio.charset.StandardCharsets.UTF_8))));

	private DocumentRenderer renderer;
	private DocumentRenderer unshared;

	@Setup
	public void renderers() {
		renderer = Renderers.pdf(0);
		unshared = Renderers.pdf(0, 0);
	}

	@Benchmark
	public byte[] archivalArabicLetter() {
		return renderer.archivalPdf(letter, letterhead, archival).content();
	}

	@Benchmark
	public byte[] plainArabicLetter() {
		return renderer.pdf(letter, letterhead).content();
	}

	@Benchmark
	public byte[] archivalArabicLetterEveryWordShapedAnew() {
		return unshared.archivalPdf(letter, letterhead, archival).content();
	}

	/**
	 * Runs in the JVM exec:java started (Maven's class path cannot be handed to a forked JVM), then
	 * prints the CPU time of one render, which other load on a shared machine does not inflate.
	 */
	public static void main(String[] args) throws Exception {
		new Runner(new OptionsBuilder().include(RenderBenchmark.class.getSimpleName()).forks(0).build()).run();
		RenderBenchmark bench = new RenderBenchmark();
		bench.renderers();
		cpu("archival", bench::archivalArabicLetter);
		cpu("plain", bench::plainArabicLetter);
		cpu("archival, every word shaped anew", bench::archivalArabicLetterEveryWordShapedAnew);
	}

	private static void cpu(String name, java.util.function.Supplier<byte[]> render) {
		var threads = java.lang.management.ManagementFactory.getThreadMXBean();
		for (int i = 0; i < 100; i++) {
			render.get();
		}
		long before = threads.getCurrentThreadCpuTime();
		for (int i = 0; i < 300; i++) {
			render.get();
		}
		double ms = (threads.getCurrentThreadCpuTime() - before) / 1e6 / 300;
		System.out.printf(java.util.Locale.ROOT, "CPU per letter, %s: %.1f ms (%.0f letters/s on one idle core)%n",
				name, ms, 1000 / ms);
	}
}
