package dev.katib.accounts.passwords;

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
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What a password costs with the encoder Katib configures (Argon2id, 19 MiB, 2 passes): hashing one when it is
 * set, and checking one at sign-in. Not a test; it sits beside {@link PasswordConfiguration} to use the same
 * encoder. Run it with
 *
 * <pre>
 * ./mvnw -B test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath org.openjdk.jmh.Main PasswordHashingBenchmark"
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PasswordHashingBenchmark {

	private static final String PASSWORD = "benchmark lantern quietly 7781";

	private final PasswordEncoder encoder = new PasswordConfiguration().passwordEncoder();

	private String hash;

	@Setup
	public void hashOnce() {
		hash = encoder.encode(PASSWORD);
	}

	@Benchmark
	public String hashing() {
		return encoder.encode(PASSWORD);
	}

	@Benchmark
	public boolean checking() {
		return encoder.matches(PASSWORD, hash);
	}
}
