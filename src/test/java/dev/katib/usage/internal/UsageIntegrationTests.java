package dev.katib.usage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.accounts.members.Organisation;
import dev.katib.accounts.members.Organisations;
import dev.katib.ai.Attribution;
import dev.katib.ai.CallOutcome;
import dev.katib.ai.ModelCallCompleted;
import dev.katib.ai.ModelCallException;
import dev.katib.ai.ModelGateway;
import dev.katib.ai.ModelRequest;
import dev.katib.ai.TokenUsage;
import dev.katib.platform.Ids;
import dev.katib.support.IntegrationTest;
import dev.katib.support.PageClient;
import dev.katib.usage.QuotaExemption;
import dev.katib.usage.QuotaExceededException;
import dev.katib.usage.QuotaLimits;
import dev.katib.usage.QuotaReservation;
import dev.katib.usage.Quotas;

class UsageIntegrationTests extends IntegrationTest {

	@Autowired
	UsageLedger ledger;

	@Autowired
	Quotas quotas;

	@Autowired
	ModelGateway gateway;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UsageReports reports;

	@Autowired
	Organisations organisations;

	@Autowired
	StaleReservations staleReservations;

	private final UUID tenant = UUID.randomUUID();
	private final UUID writer = UUID.randomUUID();

	@Test
	void theUsagePageShowsBatchPreviewsOnALineOfTheirOwnInBothLanguages() {
		var organisation = accounts.organisation();
		UUID owner = organisation.owner().memberId();
		quotas.exempt(organisation.tenantId(), owner, 1, 1000,
				QuotaExemption.batchPreview(UUID.randomUUID()).about("letter", "preview-1"));
		ledger.record(new ModelCallCompleted(UUID.randomUUID(),
				Attribution.of(organisation.tenantId(), owner).about("letter", "preview-1"), "letters.draft", "openai",
				"gpt-4o-mini", new TokenUsage(1200, 300), Duration.ofMillis(850), CallOutcome.SUCCEEDED, clock.instant()));
		ledger.record(new ModelCallCompleted(UUID.randomUUID(),
				Attribution.of(organisation.tenantId(), owner).about("letter", "charged-1"), "letters.draft", "openai",
				"gpt-4o-mini", new TokenUsage(100, 20), Duration.ofMillis(850), CallOutcome.SUCCEEDED, clock.instant()));
		PageClient page = new PageClient(baseUrl(), accounts, organisation.owner());

		assertThat(page.get("/admin/usage?lang=en").body()).contains("Of which batch previews, not counted against the quotas")
			.contains("1,500 tokens,").contains("1,620");
		assertThat(page.get("/admin/usage?lang=ar").body()).contains("منها معاينات الدفعات، ولا تُحسب من الحصص")
			.contains("1,500 رمز،");
		assertThat(reports.thisMonth(organisation.tenantId(), ZoneId.of("Asia/Riyadh")).exempt().calls()).isEqualTo(1);
	}

	@Test
	void recordsEachModelCallOnceEvenWhenItsEventArrivesTwice() {
		ModelCallCompleted call = new ModelCallCompleted(UUID.randomUUID(),
				Attribution.of(tenant, writer).about("letter", "L-7"), "letters.draft", "openai", "gpt-4o-mini",
				new TokenUsage(1200, 300), Duration.ofMillis(850), CallOutcome.SUCCEEDED, clock.instant());

		assertThat(ledger.record(call)).isTrue();
		assertThat(ledger.record(call)).isFalse();

		assertThat(jdbc.sql("SELECT count(*) FROM usage_model_call WHERE tenant_id = ?").param(tenant)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT subject_id FROM usage_model_call WHERE call_id = ?").param(call.callId())
			.query(String.class).single()).isEqualTo("L-7");
	}

	@Test
	void recordsEveryCallTheGatewayMakesInTheLedger() {
		ModelRequest<Note> request = ModelRequest.builder("tests.nobody-answers-this", Note.class)
			.user("Anything")
			.attribution(Attribution.of(tenant, writer))
			.build();

		assertThatThrownBy(() -> gateway.generate(request)).isInstanceOf(ModelCallException.class);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc
			.sql("SELECT provider, outcome FROM usage_model_call WHERE tenant_id = ?")
			.param(tenant)
			.query((row, n) -> row.getString(1) + " " + row.getString(2))
			.list()).containsExactly("offline NEEDS_PROVIDER"));
	}

	@Test
	void reservesFreelyUntilAnAdminSetsAQuota() {
		for (int letter = 0; letter < 5; letter++) {
			quotas.reserve(tenant, writer, 1, 100_000);
		}
		quotas.limitOrganisation(tenant, new QuotaLimits(5L, null));

		assertThatThrownBy(() -> quotas.reserve(tenant, writer, 1, 10))
			.isInstanceOfSatisfying(QuotaExceededException.class, ex -> {
				assertThat(ex.properties()).containsEntry("scope", "organisation")
					.containsEntry("resource", "letters")
					.containsEntry("limit", 5L)
					.containsEntry("remaining", 0L);
				assertThat(ex.type().status().value()).isEqualTo(429);
				assertThat(ex.retryAfter()).isPositive();
			});
	}

	@Test
	void holdsAMemberToTheirOwnTokenQuotaAndSettlesWithActualUsage() {
		UUID colleague = UUID.randomUUID();
		quotas.limitMember(tenant, writer, new QuotaLimits(null, 1000L));

		QuotaReservation reservation = quotas.reserve(tenant, writer, 1, 800);
		assertThatThrownBy(() -> quotas.reserve(tenant, writer, 1, 300))
			.isInstanceOfSatisfying(QuotaExceededException.class,
					ex -> assertThat(ex.properties()).containsEntry("scope", "user").containsEntry("remaining", 200L));
		quotas.reserve(tenant, colleague, 1, 5000);

		quotas.settle(reservation, 400);
		quotas.settle(reservation, 400);
		QuotaReservation next = quotas.reserve(tenant, writer, 1, 600);

		assertThat(counter(writer, "tokens_used")).isEqualTo(1000);
		quotas.release(next);
		quotas.release(next);
		assertThat(counter(writer, "tokens_used")).isEqualTo(400);
		assertThat(counter(writer, "letters_used")).isEqualTo(1);
	}

	@Test
	void givesBackTheRoomOfReservationsLeftOpenByACrashedCall() {
		quotas.limitOrganisation(tenant, new QuotaLimits(1L, null));
		quotas.reserve(tenant, writer, 1, 700);
		staleReservations.releaseStale();
		assertThat(counter(tenant, "letters_used")).isEqualTo(1);

		clock.advance(Duration.ofMinutes(61));
		staleReservations.releaseStale();
		staleReservations.releaseStale();

		assertThat(counter(tenant, "letters_used")).isZero();
		assertThat(counter(writer, "tokens_used")).isZero();
		assertThat(quotas.reserve(tenant, writer, 1, 0).letters()).isEqualTo(1);
	}

	@Test
	void neverLetsConcurrentReservationsExceedTheQuota() throws Exception {
		quotas.limitOrganisation(tenant, new QuotaLimits(10L, null));
		List<Callable<Boolean>> attempts = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			UUID member = i % 2 == 0 ? writer : UUID.randomUUID();
			attempts.add(() -> {
				try {
					quotas.reserve(tenant, member, 1, 50);
					return true;
				}
				catch (QuotaExceededException ex) {
					return false;
				}
			});
		}

		long granted;
		try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
			granted = threads.invokeAll(attempts).stream().filter(UsageIntegrationTests::succeeded).count();
		}

		assertThat(granted).isEqualTo(10);
		assertThat(counter(tenant, "letters_used")).isEqualTo(10);
	}

	@Test
	void startsAfreshWhenTheMonthTurnsInTheOrganisationsTimeZone() {
		ZoneId riyadh = Quotas.DEFAULT_ZONE;
		quotas.limitOrganisation(tenant, new QuotaLimits(1L, null));
		quotas.reserve(tenant, writer, 1, 0, riyadh);
		Instant nextMonthInRiyadh = clock.instant().atZone(riyadh).toLocalDate().withDayOfMonth(1).plusMonths(1)
			.atStartOfDay(riyadh).toInstant();

		assertThatThrownBy(() -> quotas.reserve(tenant, writer, 1, 0, riyadh))
			.isInstanceOfSatisfying(QuotaExceededException.class,
					ex -> assertThat(ex.properties()).containsEntry("resetsAt", nextMonthInRiyadh.toString()));
		clock.set(nextMonthInRiyadh.plusSeconds(60));

		assertThat(quotas.reserve(tenant, writer, 1, 0, riyadh).periodStart().getDayOfMonth()).isEqualTo(1);
	}

	@Test
	void countsAnOrganisationsReservationsInTheMonthsOfItsOwnTimeZone() {
		UUID farEast = Ids.newId(clock);
		organisations.add(new Organisation(farEast, "جهة في كيريباتي", "Kiribati office", ZoneId.of("Pacific/Kiritimati"),
				"en", Organisation.Digits.LATIN));
		// one in the morning of the first day of a month in Kiritimati (UTC+14) is still the month before in Riyadh
		ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati");
		LocalDate firstDay = clock.instant().atZone(kiritimati).toLocalDate().withDayOfMonth(1).plusMonths(1);
		clock.set(firstDay.atTime(1, 0).atZone(kiritimati).toInstant());

		assertThat(quotas.reserve(farEast, writer, 1, 0).periodStart()).isEqualTo(firstDay);
		assertThat(quotas.reserve(tenant, writer, 1, 0).periodStart()).isEqualTo(firstDay.minusMonths(1));
	}

	@Test
	void reportsTheMonthsCallsTokensAndCostByMemberAndModelWithWhatRemainsOfTheQuotas() {
		UUID colleague = UUID.randomUUID();
		ledger.record(call(writer, "gpt-4o-mini", 1_000_000, 0));
		ledger.record(call(writer, "unpriced-model", 500, 500));
		ledger.record(call(colleague, "gpt-4o-mini", 0, 1_000_000));
		quotas.limitOrganisation(tenant, new QuotaLimits(100L, null));
		quotas.limitMember(tenant, writer, new QuotaLimits(null, 50_000L));
		quotas.reserve(tenant, writer, 1, 20_000);

		MonthlyUsage usage = reports.thisMonth(tenant, Quotas.DEFAULT_ZONE);

		assertThat(usage.totals()).isEqualTo(new MonthlyUsage.Totals(3, 1_000_500, 1_000_500, usage.totals().cost()));
		assertThat(usage.byModel()).extracting(MonthlyUsage.ModelTotals::model, MonthlyUsage.ModelTotals::calls)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("gpt-4o-mini", 2L),
					org.assertj.core.groups.Tuple.tuple("unpriced-model", 1L));
		assertThat(usage.byUser()).extracting(MonthlyUsage.UserTotals::userId).containsExactly(writer, colleague);
		assertThat(usage.organisationQuota().lettersRemaining()).isEqualTo(99);
		assertThat(usage.organisationQuota().tokensRemaining()).isNull();
		assertThat(usage.userQuotas()).singleElement().satisfies(member -> {
			assertThat(member.userId()).isEqualTo(writer);
			assertThat(member.quota().tokensRemaining()).isEqualTo(30_000);
		});
		assertThat(usage.resetsAt()).isAfter(clock.instant());
	}

	private ModelCallCompleted call(UUID user, String model, long input, long output) {
		return new ModelCallCompleted(UUID.randomUUID(), Attribution.of(tenant, user), "letters.draft", "openai", model,
				new TokenUsage(input, output), Duration.ofMillis(100), CallOutcome.SUCCEEDED, clock.instant());
	}

	private long counter(UUID holder, String column) {
		return jdbc.sql("SELECT " + column + " FROM usage_counter WHERE tenant_id = ? AND holder_id = ? "
				+ "ORDER BY period_start DESC LIMIT 1")
			.param(tenant)
			.param(holder)
			.query(Long.class)
			.single();
	}

	private static boolean succeeded(Future<Boolean> attempt) {
		try {
			return attempt.get();
		}
		catch (InterruptedException | ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Note(String text) {
	}
}
