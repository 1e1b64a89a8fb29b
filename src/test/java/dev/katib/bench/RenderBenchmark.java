package dev.katib.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;


import dev.katib.documents.DocumentCorpus;
import dev.katib.documents.DocumentDescription;
import dev.katib.documents.DocumentRenderer;
import dev.katib.documents.Letterhead;
import dev.katib.documents.pdf.Renderers;

/**
 * How fast one-page Arabic letters are rendered to PDF (not a test): the first render after start-up,
 * then letters per second, warm, on one and on two threads, with the 50th and 99th percentile of one
 * render. The render cache is off, so every letter is laid out and printed.
 * <p>
 * Run: {@code ./mvnw -B test-compile exec:java -Dexec.mainClass=dev.katib.bench.RenderBenchmark
 * -Dexec.classpathScope=test}
 */
public final class RenderBenchmark {

	private static final int WARM_UP = 100;
	private static final int MEASURED = 300;

	private RenderBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		long start = System.nanoTime();
		DocumentRenderer renderer = Renderers.pdf(0);
		Letterhead letterhead = DocumentCorpus.letterhead();
		DocumentDescription letter = DocumentCorpus.arabicLetter();
		renderer.pdf(letter, letterhead);
		double firstMs = (System.nanoTime() - start) / 1e6;
		System.out.printf(Locale.ROOT, "first render after start-up: %.0f ms%n", firstMs);
		System.out.printf(Locale.ROOT, "load average when starting: %.1f on %d processors%n",
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				Runtime.getRuntime().availableProcessors());

		run(renderer, letter, letterhead, 1, WARM_UP);
		for (int threads : new int[] { 1, 2 }) {
			Result result = run(renderer, letter, letterhead, threads, MEASURED);
			System.out.printf(Locale.ROOT,
					"%d thread(s): %.1f letters/s, p50 %.1f ms, p99 %.1f ms, CPU %.1f ms per letter (%d letters)%n",
					threads, result.perSecond(), result.p50(), result.p99(), result.cpuMs(), result.count());
		}
	}

	private static Result run(DocumentRenderer renderer, DocumentDescription letter, Letterhead letterhead,
			int threads, int perThread)
			throws Exception {
		List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
		List<Double> cpu = Collections.synchronizedList(new ArrayList<>());
		ThreadMXBean threadTimes = ManagementFactory.getThreadMXBean();
		long start = System.nanoTime();
		try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
			List<Future<?>> work = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				work.add(pool.submit(() -> {
					for (int i = 0; i < perThread; i++) {
						long before = System.nanoTime();
						long cpuBefore = threadTimes.getCurrentThreadCpuTime();
						renderer.pdf(letter, letterhead);
						cpu.add((threadTimes.getCurrentThreadCpuTime() - cpuBefore) / 1e6);
						latencies.add((System.nanoTime() - before) / 1e6);
					}
				}));
			}
			for (Future<?> future : work) {
				future.get();
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		List<Double> sorted = latencies.stream().sorted().toList();
		double cpuMean = cpu.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
		return new Result(sorted.size(), sorted.size() / seconds, percentile(sorted, 0.50), percentile(sorted, 0.99),
				cpuMean);
	}

	private static double percentile(List<Double> sorted, double share) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(share * sorted.size()) - 1));
	}

	/** {@code cpuMs} is the CPU time of one render, which other load on the machine does not inflate. */
	private record Result(int count, double perSecond, double p50, double p99, double cpuMs) {
	}
}
