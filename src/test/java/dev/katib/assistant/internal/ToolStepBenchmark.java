package dev.katib.assistant.internal;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.assistant.ToolCalled;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.SourceRecords;
import dev.katib.platform.AuditRecord;
import dev.katib.platform.Hashes;

/**
 * What Katib adds to one step of the assistant's tool loop, apart from the model and the data source (not a test):
 * finding the tool in the catalogue, reading its arguments (JSON, the strict schema, Bean Validation, the record),
 * fencing a result of about 2 KB of records, and making the audit entry's facts (the arguments' SHA-256 included;
 * the entry's database write is not part of it). Its {@link #main} runs it with one and with 16 threads (1 and 16
 * concurrent conversations) and prints both figures:
 *
 * <pre>
 * ./mvnw -B test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath dev.katib.assistant.internal.ToolStepBenchmark"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ToolStepBenchmark {

	static final String ARGUMENTS = """
			{"table":{"sourceId":"0193a4f2-7c1e-7b3a-9d7e-2f4b5c6d7e8f","baseId":"appSchools0001","tableId":"tblSchools0001"},
			 "conditions":[{"field":"Region","operator":"equals","value":"الشرقية"},
			               {"field":"Answered","operator":"equals","value":"false"}],
			 "matchAny":false,"fields":[],"sortField":"Name","descending":false,"pageSize":20,"offset":null}""";

	private ValidatorFactory validation;
	private ToolCatalogue catalogue;
	private ToolArguments arguments;
	private String result;

	@Setup
	public void catalogue() {
		validation = Validation.buildDefaultValidatorFactory();
		catalogue = new ToolCatalogue(java.util.List.of(new DataTools(unused(DataSources.class), unused(SourceRecords.class))));
		arguments = new ToolArguments(JsonMapper.builder().build(), validation.getValidator());
		StringBuilder records = new StringBuilder("{\"records\":[");
		for (int i = 0; i < 20; i++) {
			records.append(i == 0 ? "" : ",").append("{\"id\":\"rec").append(i)
				.append("\",\"fields\":{\"Name\":\"مدرسة النور ").append(i).append("\",\"Region\":\"الشرقية\"}}");
		}
		result = records.append("],\"offset\":null}").toString();
	}

	@TearDown
	public void close() {
		validation.close();
	}

	/** Runs the step with 1 and with 16 threads and prints the figures as the table in the benchmarks' notes. */
	public static void main(String[] args) throws RunnerException {
		StringBuilder table = new StringBuilder("| conversations (threads) | average per step | steps per second, all "
				+ "threads |\n|---|---|---|\n");
		for (int threads : new int[] { 1, 16 }) {
			Result<?> step = new Runner(new OptionsBuilder().include(ToolStepBenchmark.class.getName() + ".step")
				.threads(threads).build()).runSingle().getPrimaryResult();
			table.append(String.format(java.util.Locale.ROOT, "| %d | %.0f µs (± %.0f µs) | about %,.0f |%n", threads,
					step.getScore(), step.getScoreError(), threads * 1_000_000 / step.getScore()));
		}
		System.out.print(table);
	}

	@Benchmark
	public AuditRecord step() {
		AssistantTool<?> tool = catalogue.find("search_records").orElseThrow();
		Record read = arguments.read(tool, ARGUMENTS);
		String fenced = ToolResults.fenced(tool.name(), result);
		return new ToolCalled(UUID.randomUUID(), UUID.randomUUID(), read.getClass().getSimpleName(), tool.name(), "chat",
				Hashes.sha256Hex(ARGUMENTS), fenced.length(), Duration.ofMillis(3), AuditRecord.Outcome.SUCCESS, null,
				null, Instant.EPOCH).audit();
	}

	@SuppressWarnings("unchecked")
	private static <T> T unused(Class<T> type) {
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
			throw new UnsupportedOperationException("The benchmark never reaches a data source");
		});
	}
}
