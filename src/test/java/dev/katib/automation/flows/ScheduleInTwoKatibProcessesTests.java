package dev.katib.automation.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

import tools.jackson.databind.JsonNode;

import dev.katib.support.KatibApi;
import dev.katib.support.KatibProcess;
import dev.katib.support.Services;
import dev.katib.support.TestAccounts;
import dev.katib.support.TestDatabase;

/**
 * Two Katib processes, each a JVM of its own, on one database and in one schedule cluster: a schedule made through
 * one of them, every minute (the shortest the product takes), fires once for each due time, in one of the two
 * processes, with one execution and one webhook call. About three minutes: two starts and two due times. The
 * processes' logs are under {@code target/schedules-two-processes}.
 */
class ScheduleInTwoKatibProcessesTests {

	private static final String EMAIL = "schedules-owner@test.katib.dev";
	private static final String CLUSTER = "katib-automations";
	private static final Path LOGS = Path.of("target", "schedules-two-processes");

	@Test
	void aScheduleEveryMinuteFiresOnceForEachDueTimeWithTwoProcessesRunning() throws Exception {
		String databaseUrl = TestDatabase.another();
		if (databaseUrl.isEmpty()) {
			Services.requireOrSkipNotice("PostgreSQL on 127.0.0.1:5432", "two Katib processes cannot run");
			throw new TestAbortedException("Two Katib processes need the local PostgreSQL");
		}
		List<String> calls = new CopyOnWriteArrayList<>();
		HttpServer receiver = receiver(calls);
		// one data folder, as the processes of one Katib share it (with the encryption key that seals webhook secrets)
		Map<String, String> settings = Map.ofEntries(Map.entry("katib.database.url", databaseUrl),
				Map.entry("katib.database.user", "postgres"),
				Map.entry("katib.database.data-dir", Files.createTempDirectory("katib-schedules-data").toString()),
				Map.entry("katib.accounts.bootstrap.organisation", "مؤسسة الجداول"),
				Map.entry("katib.accounts.bootstrap.email", EMAIL),
				Map.entry("katib.accounts.bootstrap.password", TestAccounts.PASSWORD),
				Map.entry("katib.ai.provider", "offline"),
				Map.entry("katib.delivery.webhooks.allow-private", "true"),
				Map.entry("katib.automation.schedules.enabled", "true"),
				Map.entry("katib.automation.schedules.cluster-name", CLUSTER),
				Map.entry("logging.level.root", "WARN"), Map.entry("logging.level.org.quartz", "INFO"),
				Map.entry("logging.level.dev.katib.automation", "INFO"));
		try (KatibProcess first = KatibProcess.with(settings, LOGS.resolve("first"));
				KatibProcess second = KatibProcess.with(settings, LOGS.resolve("second"))) {
			first.start();
			second.start();
			await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
				.until(() -> schedulers(databaseUrl), running -> running.size() == 2);
			KatibApi viaFirst = KatibApi.signIn(first.baseUrl(), EMAIL, TestAccounts.PASSWORD);
			KatibApi viaSecond = KatibApi.signIn(second.baseUrl(), EMAIL, TestAccounts.PASSWORD);

			String automation = viaFirst.post("/api/v1/automations", Map.of("name", "تنبيه كل دقيقة", "trigger",
					Map.of("kind", "SCHEDULE", "cron", "0 * * * * ?"), "steps", List.of(Map.of("id", "tell", "type",
							"WEBHOOK", "url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"))), 201)
				.path("id")
				.asString();
			String executions = "/api/v1/automations/" + automation + "/executions";
			List<JsonNode> finished = await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
				.until(() -> finished(viaSecond.get(executions)), done -> done.size() >= 2);

			assertThat(first.alive() && second.alive()).as("both processes ran throughout").isTrue();
			assertThat(schedulers(databaseUrl)).as("the cluster's schedulers").hasSize(2);
			List<JsonNode> all = viaFirst.get(executions).valueStream().toList();
			for (JsonNode execution : finished) {
				String dueAt = execution.path("triggerData").path("dueAt").asString();
				String id = execution.path("id").asString();
				assertThat(execution.path("status").asString()).as("execution due at %s", dueAt).isEqualTo("SUCCEEDED");
				assertThat(all).as("executions due at %s", dueAt)
					.filteredOn(other -> other.path("triggerData").path("dueAt").asString().equals(dueAt))
					.hasSize(1);
				assertThat(calls).as("webhook calls of the execution due at %s", dueAt)
					.filteredOn(body -> body.contains(id))
					.hasSize(1);
				assertThat(fires(dueAt)).as("fires due at %s, in both processes' logs", dueAt)
					.hasSize(1)
					.allSatisfy(fire -> assertThat(fire).endsWith("execution " + id));
			}
		}
		finally {
			receiver.stop(0);
		}
	}

	/** Each answers a call to {@code /hook} with 204 and keeps its body. */
	private static HttpServer receiver(List<String> calls) throws IOException {
		HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/hook", exchange -> {
			calls.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		receiver.start();
		return receiver;
	}

	private static List<JsonNode> finished(JsonNode executions) {
		return executions.valueStream()
			.filter(execution -> !List.of("QUEUED", "RUNNING").contains(execution.path("status").asString()))
			.toList();
	}

	/** The schedulers that check in with the cluster, as Quartz keeps them in the database. */
	private static List<String> schedulers(String databaseUrl) throws SQLException {
		List<String> instances = new ArrayList<>();
		try (Connection database = DriverManager.getConnection(databaseUrl, "postgres", "");
				Statement statement = database.createStatement();
				ResultSet rows = statement.executeQuery("SELECT instance_name FROM automation_qrtz_scheduler_state "
						+ "WHERE sched_name = '" + CLUSTER + "'")) {
			while (rows.next()) {
				instances.add(rows.getString(1));
			}
		}
		return instances;
	}

	/** The lines in which either process says it fired the schedule for this due time. */
	private static List<String> fires(String dueAt) throws IOException {
		List<String> fires = new ArrayList<>();
		for (String name : List.of("first", "second")) {
			try (Stream<String> lines = Files.lines(LOGS.resolve(name + "-1.log"))) {
				lines.filter(line -> line.contains("due at " + dueAt + " fired here")).forEach(fires::add);
			}
		}
		return fires;
	}
}
