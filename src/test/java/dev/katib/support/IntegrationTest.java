package dev.katib.support;

import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.PlatformTransactionManager;

import dev.katib.ai.ModelGateway;

/**
 * Base of every test that runs the whole application: all of them share one application context,
 * one database and one server on a random port, so the suite starts Katib once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ IntegrationTest.TestBeans.class, ProbeController.class })
public abstract class IntegrationTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected MutableClock clock;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase database = TestDatabase.get();
		registry.add("katib.database.url", database::url);
		registry.add("katib.database.user", () -> "postgres");
		registry.add("katib.database.data-dir", () -> database.dataDir().toString());
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
	}
}
