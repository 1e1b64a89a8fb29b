package dev.katib.support;

import java.time.Clock;
import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.PlatformTransactionManager;

import dev.katib.accounts.members.Members;
import dev.katib.accounts.members.Organisations;
import dev.katib.accounts.tokens.AccessTokens;
import dev.katib.ai.ModelGateway;
import dev.katib.letters.LetterFixtures;

/**
 * Base of every test that runs the whole application: all of them share one application context,
 * one database and one server on a random port, so the suite starts Katib once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ IntegrationTest.TestBeans.class, ProbeController.class })
public abstract class IntegrationTest {

	/** The token Prometheus scrapes the test application's metrics with (KATIB_METRICS_TOKEN). */
	public static final String METRICS_TOKEN = "test-scraper-token-0123456789abcdef";

	@LocalServerPort
	protected int port;

	@Autowired
	protected MutableClock clock;

	/** Organisations, members and tokens for the test (accounts). */
	@Autowired
	protected TestAccounts accounts;

	@DynamicPropertySource
	public static void database(DynamicPropertyRegistry registry) {
		TestDatabase database = TestDatabase.get();
		registry.add("katib.database.url", database::url);
		registry.add("katib.database.user", () -> "postgres");
		registry.add("katib.database.data-dir", () -> database.dataDir().toString());
		// accounts: the test application is set up headless, as a server installation would be
		registry.add("katib.accounts.bootstrap.organisation", () -> "مؤسسة الاختبار");
		registry.add("katib.accounts.bootstrap.email", () -> "bootstrap-owner@test.katib.dev");
		registry.add("katib.accounts.bootstrap.password", () -> TestAccounts.PASSWORD);
		// platform: the tests stand in for a proxy on this machine, telling Katib the client's address;
		// any other loopback address is a client like any other
		registry.add("katib.web.trusted-proxies", () -> "127.0.0.1");
		registry.add("katib.accounts.metrics-token", () -> METRICS_TOKEN);
		// connectors: Airtable is the fake, with a short penalty; buckets go to the local Redis (under a prefix of
		// this run) when it is there, so a second application in a test shares them
		registry.add("katib.connectors.airtable.api-url", () -> FakeAirtable.shared().url());
		registry.add("katib.connectors.airtable.penalty", () -> FakeAirtable.shared().penalty().toMillis() + "ms");
		registry.add("katib.connectors.airtable.penalty-jitter", () -> "100ms");
		registry.add("katib.connectors.sheets.root-url", () -> FakeSheets.shared().rootUrl());
		registry.add("katib.connectors.sheets.requests-per-minute", () -> "6000");
		// delivery: letters are e-mailed to GreenMail; due deliveries are looked for often
		registry.add("katib.delivery.smtp.host", () -> "127.0.0.1");
		registry.add("katib.delivery.smtp.port", SharedGreenMail::port);
		registry.add("katib.delivery.smtp.start-tls", () -> "false");
		registry.add("katib.delivery.poll-interval", () -> "300ms");
		registry.add("katib.delivery.whatsapp.allow-plain-http", () -> "true");
		registry.add("katib.delivery.first-retry", () -> "1s");
		// delivery: the webhook receivers of the tests listen on 127.0.0.1
		registry.add("katib.delivery.webhooks.allow-private", () -> "true");
		if (SharedRedis.reachable()) {
			registry.add("katib.rate-limit.redis-url", () -> SharedRedis.URL);
			registry.add("katib.rate-limit.redis-prefix", () -> SharedRedis.PREFIX);
		}
	}

	protected String baseUrl() {
		return "http://localhost:" + port;
	}

	protected RestTestClient client() {
		return RestTestClient.bindToServer().baseUrl(baseUrl()).build();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TestBeans {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.now());
		}

		// ai: lets a test send the application's model calls to a FakeModelServer
		@Bean
		@Primary
		ModelGatewaySwitch modelGatewaySwitch(@Qualifier("modelGateway") ModelGateway configured,
				ApplicationEventPublisher publisher, PlatformTransactionManager transactions, MeterRegistry meters) {
			return new ModelGatewaySwitch(configured, publisher, transactions, meters);
		}

		// letters: counts the statements a page of letters costs
		@Bean
		static StatementCounter statementCounter() {
			return new StatementCounter();
		}

		// letters: letters as a test's starting point
		@Bean
		LetterFixtures letterFixtures(ApplicationContext context) {
			return new LetterFixtures(context);
		}

		// accounts
		@Bean
		TestAccounts testAccounts(Organisations organisations, Members members, AccessTokens tokens,
				PasswordEncoder passwords, Clock clock) {
			return new TestAccounts(organisations, members, tokens, passwords, clock);
		}

		@Bean
		@Primary
		ReopenableFirstRun reopenableFirstRun(Members members) {
			return new ReopenableFirstRun(members);
		}
	}
}
