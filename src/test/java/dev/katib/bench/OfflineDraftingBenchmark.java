package dev.katib.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.katib.knowledge.SeedCategories;
import dev.katib.letters.composing.Brief;
import dev.katib.letters.composing.Composition;
import dev.katib.letters.composing.LetterComposer;
import dev.katib.letters.composing.LetterCorpus;
import dev.katib.letters.composing.PhraseBank;
import dev.katib.letters.composing.Signer;
import dev.katib.letters.composing.Variation;
import dev.katib.knowledge.Language;
import dev.katib.letters.content.Verdict;
import dev.katib.letters.drafting.Draft;
import dev.katib.letters.drafting.DraftingRequest;
import dev.katib.letters.drafting.OfflineDraftingEngine;

/**
 * How long the offline engine takes to draft one letter with no model (not a test): the whole draft as the
 * gateway's offline provider asks for it (composing from the phrase bank, addressing, and the same validation a
 * model's letter passes), over the 560 letters of the corpus (40 requests, 7 categories, 2 languages) in turn.
 * Besides JMH's wall-clock average, each iteration prints the CPU time of one letter on the benchmark's thread,
 * which the other processes on the machine do not inflate. Run it with
 *
 * <pre>
 * ./mvnw -B test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath org.openjdk.jmh.Main OfflineDraftingBenchmark"
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OfflineDraftingBenchmark {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final List<DraftingRequest> requests = new ArrayList<>();

	private int next;

	private long letters;

	private long cpuAtStart;

	@Setup(Level.Trial)
	public void corpus() {
		PhraseBank.defaults();
		for (var category : SeedCategories.ALL) {
			for (Language language : Language.values()) {
				for (int row = 0; row < LetterCorpus.in(language).size(); row++) {
					requests.add(LetterCorpus.request(category, language, row));
				}
			}
		}
	}

	@Setup(Level.Iteration)
	public void startCounting() {
		letters = 0;
		cpuAtStart = THREADS.getCurrentThreadCpuTime();
	}

	@TearDown(Level.Iteration)
	public void reportCpu() {
		double micros = (THREADS.getCurrentThreadCpuTime() - cpuAtStart) / 1e3 / Math.max(1, letters);
		System.out.printf(Locale.ROOT, "%n    CPU per letter on the benchmark thread: %.1f µs (%d letters)%n", micros,
				letters);
	}

	/** One offline letter, drafted and validated as the offline provider answers a drafting call. */
	@Benchmark
	public Draft offlineLetter() {
		DraftingRequest request = requests.get(next++ % requests.size());
		letters++;
		return switch (OfflineDraftingEngine.draft(request)) {
			case Verdict.Accepted<Draft>(Draft draft) -> draft;
			case Verdict.Rejected<Draft>(var violations) -> throw new IllegalStateException(violations.toString());
		};
	}

	/** The composer's share: the wording alone, without addressing and validation. */
	@Benchmark
	public Composition compositionOnly() {
		DraftingRequest request = requests.get(next++ % requests.size());
		letters++;
		return LetterComposer.compose(new Brief(request.category().key(), request.language(), request.recipient(),
				request.request(), request.introduces() ? request.introduction() : null, null, null,
				Signer.asWritten(request.signatory().jobTitle(), request.signatory().name()),
				Variation.of(request.request(), request.recipient())), PhraseBank.defaults());
	}
}
