package dev.katib.connectors;

import static dev.katib.support.FakeBase.field;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;

import dev.katib.KatibApplication;
import dev.katib.accounts.Role;
import dev.katib.accounts.members.Members;
import dev.katib.accounts.members.Organisations;
import dev.katib.accounts.tokens.AccessTokens;
import dev.katib.support.FakeAirtable;
import dev.katib.support.FakeBase;
import dev.katib.support.IntegrationTest;
import dev.katib.support.SharedRedis;
import dev.katib.support.TestAccounts;
import dev.katib.support.TestDatabase;

/** Two Katib processes on one database and one Redis share Airtable's limit of a base between them. */
class TwoProcessesPacingIntegrationTests extends IntegrationTest {

	@Test
	void twoProcessesImportingIntoOneBaseAtOnceStayWithinItsFiveRequestsPerSecondTogether() throws Exception {
		Assumptions.assumeTrue(SharedRedis.reachable(), "sharing the pace needs the local Redis");
		FakeAirtable airtable = FakeAirtable.shared();
		FakeBase base = airtable.base("Shared");
		FakeBase.Table first = base.table("First", field("Email", "email"), field("Name", "singleLineText"));
		FakeBase.Table second = base.table("Second", field("Email", "email"), field("Name", "singleLineText"));
		var organisation = accounts.organisation();
		TestAccounts.Account writer = accounts.member(organisation, Role.WRITER);
		SourcesClient here = new SourcesClient(baseUrl(), accounts);
		String source = here.connectAirtable(organisation.owner(), airtable.token(base));
		String prefix = "/api/v1/sources/" + source + "/bases/" + base.id + "/tables/";
		List<String> header = List.of("Email", "Name");
		List<List<Object>> rows = AirtableImportIntegrationTests.rows(150).stream().map(r -> r.subList(0, 2)).toList();

		TestDatabase database = TestDatabase.get();
		try (ConfigurableApplicationContext other = SpringApplication.run(KatibApplication.class, "--server.port=0",
				"--katib.database.url=" + database.url(), "--katib.database.user=postgres",
				"--katib.database.data-dir=" + database.dataDir(), "--katib.rate-limit.redis-url=" + SharedRedis.URL,
				"--katib.rate-limit.redis-prefix=" + SharedRedis.PREFIX,
				"--katib.connectors.airtable.api-url=" + airtable.url(), "--logging.level.root=WARN")) {
			int port = ((WebServerApplicationContext) other).getWebServer().getPort();
			var theirAccounts = new TestAccounts(other.getBean(Organisations.class), other.getBean(Members.class),
					other.getBean(AccessTokens.class), other.getBean(PasswordEncoder.class), other.getBean(Clock.class));
			SourcesClient there = new SourcesClient("http://localhost:" + port, theirAccounts);
			there.get(writer, prefix + second.id, 200);
			here.get(writer, prefix + first.id, 200);
			int before = base.requests();

			var inHere = CompletableFuture.supplyAsync(() -> here.importRows(writer, prefix + first.id, header, rows, List.of("Email")));
			var inThere = CompletableFuture.supplyAsync(() -> there.importRows(writer, prefix + second.id, header, rows, List.of("Email")));
			JsonNode mine = inHere.get();
			JsonNode theirs = inThere.get();

			assertThat(mine.path("created").asInt()).isEqualTo(150);
			assertThat(theirs.path("created").asInt()).isEqualTo(150);
			assertThat(first.records()).hasSize(150);
			assertThat(second.records()).hasSize(150);
			List<String> order = base.tablesInArrivalOrder();
			assertThat(switches(order.subList(order.size() - 30, order.size()))).as("the imports ran at the same time")
				.isGreaterThan(2);
			assertThat(base.requests() - before).isEqualTo(30);
			assertThat(base.rejected()).as("429s: Airtable's limit of five per second was exceeded").isZero();
			assertThat(base.mostRequestsWithin(Duration.ofSeconds(2))).as("requests in any two seconds").isLessThanOrEqualTo(11);
		}
	}

	private static int switches(List<String> tables) {
		int switches = 0;
		for (int i = 1; i < tables.size(); i++) {
			if (!tables.get(i).equals(tables.get(i - 1))) {
				switches++;
			}
		}
		return switches;
	}
}
