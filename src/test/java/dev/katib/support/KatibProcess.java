package dev.katib.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * Katib as a process of its own, started by a test with {@code java} from this JVM's home, the application's classes
 * and libraries (never the test classes, whose beans would make it a test application), and the settings the test
 * gives as system properties: a process the test can kill with {@code kill -9} ({@link #kill()}) and start again on
 * the same database and data folder.
 */
public final class KatibProcess implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Map<String, String> settings;
	private final int port;
	private final Path logs;
	private Process process;
	private int starts;

	private KatibProcess(Map<String, String> settings, int port, Path logs) {
		this.settings = settings;
		this.port = port;
		this.logs = logs;
	}

	/**
	 * A Katib with these settings (as {@code -Dname=value}) on a free port, not started yet; each start's output
	 * goes to {@code logs-N.log}.
	 */
	public static KatibProcess with(Map<String, String> settings, Path logs) {
		try (ServerSocket free = new ServerSocket(0)) {
			return new KatibProcess(new LinkedHashMap<>(settings), free.getLocalPort(), logs);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	/** Changes or adds settings for the next start. */
	public KatibProcess configure(Map<String, String> changed) {
		settings.putAll(changed);
		return this;
	}

	/** Starts the process and waits until it is ready for requests (at most five minutes, on a busy machine). */
	public KatibProcess start() {
		if (process != null && process.isAlive()) {
			throw new IllegalStateException("Katib is already running as process " + process.pid());
		}
		List<String> command = new ArrayList<>(List.of(
				Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
				"-Xshare:auto", "-Xmx768m", "-XX:ErrorFile=" + logs.resolveSibling("hs_err_%p.log").toAbsolutePath(),
				"-cp", applicationClassPath()));
		settings.forEach((name, value) -> command.add("-D" + name + "=" + value));
		command.add("-Dserver.port=" + port);
		command.add("dev.katib.KatibApplication");
		try {
			Files.createDirectories(logs.getParent());
			File log = logs.resolveSibling(logs.getFileName() + "-" + (++starts) + ".log").toFile();
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.to(log));
			builder.environment().keySet().removeIf(name -> name.startsWith("KATIB_"));
			process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		awaitReady(Duration.ofMinutes(5));
		return this;
	}

	/** Kills the process at once, as {@code kill -9} does: no shutdown hook runs, nothing is finished. */
	public void kill() {
		if (process != null) {
			process.destroyForcibly();
			waitFor();
		}
	}

	/** Stops the process as a clean shutdown does ({@code SIGTERM}); killed when it takes longer than a minute. */
	public void stop() {
		if (process != null) {
			process.destroy();
			try {
				if (!process.waitFor(1, java.util.concurrent.TimeUnit.MINUTES)) {
					kill();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Whether the process runs. */
	public boolean alive() {
		return process != null && process.isAlive();
	}

	private void waitFor() {
		try {
			process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void awaitReady(Duration atMost) {
		long deadline = System.nanoTime() + atMost.toNanos();
		HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(2))
			.build();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Katib stopped while starting (exit " + process.exitValue() + "); see "
						+ logs.getFileName() + "-" + starts + ".log");
			}
			try {
				if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(Duration.ofMillis(200));
		}
		kill();
		throw new IllegalStateException("Katib was not ready within " + atMost);
	}

	/**
	 * The application's classes and libraries: this JVM's class path (as Surefire's manifest-only jar names it,
	 * when it runs the tests so) without the test classes.
	 */
	static String applicationClassPath() {
		List<String> entries = new ArrayList<>(Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)));
		if (entries.size() == 1 && entries.getFirst().endsWith(".jar")) {
			entries = manifestClassPath(Path.of(entries.getFirst()));
		}
		return entries.stream()
			.filter(entry -> !entry.replace('\\', '/').replaceAll("/+$", "").endsWith("test-classes"))
			.filter(entry -> !entry.contains("surefire"))
			.collect(Collectors.joining(File.pathSeparator));
	}

	private static List<String> manifestClassPath(Path jar) {
		try (JarFile file = new JarFile(jar.toFile())) {
			String classPath = file.getManifest() == null ? null : file.getManifest().getMainAttributes().getValue("Class-Path");
			if (classPath == null) {
				return List.of(jar.toString());
			}
			return Arrays.stream(classPath.trim().split("\\s+"))
				.map(entry -> Paths.get(URI.create(entry.startsWith("file:") ? entry : jar.getParent().toUri().resolve(entry).toString())).toString())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void sleep(Duration pause) {
		try {
			Thread.sleep(pause);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Stops the process if it still runs, at once. */
	@Override
	public void close() {
		kill();
	}
}
