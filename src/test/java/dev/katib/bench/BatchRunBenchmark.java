package dev.katib.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import dev.katib.support.AirtableBatch;

/**
 * A 1,000-row batch run from the fake Airtable, drafted by the fake model with a fixed latency and written back
 * into the records, against the bound the model and the source set: the model's calls take
 * {@code rows × latency ÷ KATIB_AI_CONCURRENCY}, and the source's requests (the pages read, a hundred records each,
 * and the write-backs, ten records each) {@code requests ÷ 5 per second}, Airtable's limit per base. The figure is
 * the wall time from the run's start to its end (every row drafted and written back) over the larger bound; beside
 * it, the most calls the model answered at once (never more than the concurrency) and how busy it was over the run
 * (its calls' time over the wall time at that concurrency), which tells Katib's own time from the model's. Katib
 * runs as a process of its own (as in production), on a fresh database of the local PostgreSQL. Not a test; run it
 * with
 *
 * <pre>
 * ./mvnw -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.katib.bench.BatchRunBenchmark 1000 1000 8
 * </pre>
 *
 * (rows, the model's latency in milliseconds, {@code KATIB_AI_CONCURRENCY}).
 */
public final class BatchRunBenchmark {

	private static final double AIRTABLE_REQUESTS_PER_SECOND = 5;
	private static final int PAGE = 100;
	private static final int WRITE = 10;

	private BatchRunBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		Duration latency = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 1000);
		int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 8;
		try (AirtableBatch batch = AirtableBatch.prepare(rows, latency,
				Map.of("KATIB_AI_CONCURRENCY", Integer.toString(concurrency)),
				Path.of("target", "batch-bench", "katib"))) {
			batch.startKatib();
			long start = System.nanoTime();
			batch.api().post(batch.runPath() + "/start", Map.of(), 200);
			JsonNode run;
			do {
				Thread.sleep(50);
				run = batch.api().get(batch.runPath());
			}
			while (!run.path("status").asString().equals("COMPLETED") && !run.path("status").asString().equals("FAILED"));
			double wall = (System.nanoTime() - start) / 1e9;
			double model = rows * latency.toMillis() / 1000.0 / concurrency;
			int reads = (rows + PAGE - 1) / PAGE;
			int writes = (rows + WRITE - 1) / WRITE;
			double source = (reads + writes) / AIRTABLE_REQUESTS_PER_SECOND;
			double bound = Math.max(model, source);
			System.out.printf("%d rows, model latency %d ms, concurrency %d: run %s, %s drafted, %d requests to Airtable "
					+ "(%d refused with 429), %d to the model%n", rows, latency.toMillis(), concurrency,
					run.path("status").asString(), run.path("rows").path("DRAFTED").asString(), batch.base().requests(),
					batch.base().rejected(), batch.model().requests().size());
			System.out.printf("the model answered at most %d calls at once, and was busy %.0f%% of the run at %d at once%n",
					batch.model().mostAtOnce(), 100 * batch.model().busy().toMillis() / 1000.0 / concurrency / wall,
					concurrency);
			System.out.printf("wall %.1f s; bound by the model %.1f s (rows × latency ÷ concurrency), by Airtable "
					+ "%.1f s (%d pages + %d write-backs at 5/s); wall / bound = %.2f%n", wall, model, source, reads,
					writes, wall / bound);
		}
	}
}
