package dev.katib.audit;

import static dev.katib.audit.AuditFixtures.admin;
import static dev.katib.audit.AuditFixtures.happened;
import static dev.katib.audit.AuditFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import dev.katib.accounts.Role;
import dev.katib.audit.ChainVerification.Kind;
import dev.katib.platform.AuditRecord.Outcome;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;
import dev.katib.support.IntegrationTest;

class AuditTrailIntegrationTests extends IntegrationTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail trail;

	private final UUID tenant = UUID.randomUUID();

	@Test
	void recordsEveryAuditedChangeAndTheChainVerifies() {
		transactions.executeWithoutResult(tx -> {
			events.publishEvent(happened(tenant, "accounts.sign-in", clock.instant()));
			events.publishEvent(happened(tenant, "accounts.role-changed", clock.instant()));
		});
		events.publishEvent(happened(tenant, "accounts.password-changed", clock.instant()));

		AuditPage page = trail.search(admin(tenant), AuditFilter.all(), 0, 50);

		assertThat(page.entries()).extracting(AuditEntry::action)
			.containsExactly("accounts.password-changed", "accounts.role-changed", "accounts.sign-in");
		assertThat(page.entries()).extracting(AuditEntry::sequence).containsExactly(3L, 2L, 1L);
		assertThat(page.entries().getFirst().previousHash()).isEqualTo(page.entries().get(1).hash());
		assertThat(page.entries().getFirst().sourceAddress()).isEqualTo("203.0.113.7");
		assertThat(trail.verify(admin(tenant))).isEqualTo(ChainVerification.intact(3));
	}

	@Test
	void anAuditedChangeThatRollsBackLeavesNoEntry() {
		transactions.executeWithoutResult(tx -> {
			events.publishEvent(happened(tenant, "accounts.member-invited", clock.instant()));
			tx.setRollbackOnly();
		});

		assertThat(trail.search(admin(tenant), AuditFilter.all(), 0, 50).total()).isZero();
		assertThat(trail.verify(admin(tenant))).isEqualTo(ChainVerification.intact(0));
	}

	@Test
	void anEntryThatCannotBeWrittenFailsTheChangeItRecords() {
		var unwritable = new AuditFixtures.Happened(new dev.katib.platform.AuditRecord(tenant, null, "x",
				"accounts.sign-in", "user", null, Outcome.SUCCESS, null, clock.instant(), java.util.Map.of()));
		jdbc.sql("ALTER TABLE audit_entry ADD CONSTRAINT test_refuses_everything CHECK (false) NOT VALID").update();
		try {
			assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> events.publishEvent(unwritable)))
				.isInstanceOf(DataAccessException.class);
		}
		finally {
			jdbc.sql("ALTER TABLE audit_entry DROP CONSTRAINT test_refuses_everything").update();
		}
		assertThat(trail.search(admin(tenant), AuditFilter.all(), 0, 50).total()).isZero();
	}

	@Test
	void detectsAnEntryAlteredInTheDatabaseAndNamesIt() {
		appendSome(3);
		AuditEntry second = trail.search(admin(tenant), AuditFilter.all(), 0, 50).entries().get(1);

		asAnAttackerWithDatabaseAccess("UPDATE audit_entry SET actor = 'someone-else' WHERE id = '" + second.id() + "'");

		ChainVerification verification = trail.verify(admin(tenant));
		assertThat(verification.intact()).isFalse();
		assertThat(verification.firstBreak()).isEqualTo(new ChainVerification.Break(2, second.id(), Kind.ALTERED));
	}

	@Test
	void detectsAnEntryDeletedFromTheMiddleOrTheEnd() {
		appendSome(4);
		List<AuditEntry> entries = trail.search(admin(tenant), AuditFilter.all(), 0, 50).entries();

		asAnAttackerWithDatabaseAccess("DELETE FROM audit_entry WHERE id = '" + entries.get(2).id() + "'");
		assertThat(trail.verify(admin(tenant)).firstBreak()).isEqualTo(new ChainVerification.Break(2, null, Kind.MISSING));

		asAnAttackerWithDatabaseAccess("DELETE FROM audit_entry WHERE chain_id = '" + tenant + "' AND sequence >= 2");
		assertThat(trail.verify(admin(tenant)).firstBreak()).isEqualTo(new ChainVerification.Break(2, null, Kind.MISSING));
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteEntries() {
		appendSome(1);

		assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET actor = 'x' WHERE tenant_id = :t")
			.param("t", tenant)
			.update()).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE tenant_id = :t").param("t", tenant).update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThat(trail.verify(admin(tenant))).isEqualTo(ChainVerification.intact(1));
	}

	@Test
	void entriesOfOneOrganisationAreInvisibleToAnother() throws IOException {
		appendSome(2);
		UUID other = UUID.randomUUID();

		assertThat(trail.search(admin(other), AuditFilter.all(), 0, 50).total()).isZero();
		assertThat(trail.actions(admin(other))).isEmpty();
		assertThat(trail.verify(admin(other)).checked()).isZero();
		StringWriter csv = new StringWriter();
		trail.exportCsv(admin(other), AuditFilter.all()).writeTo(csv);
		assertThat(csv.toString().lines()).hasSize(1);
	}

	@Test
	void onlyOwnersAndAdminsMayReadTheTrail() {
		appendSome(1);

		for (Role role : List.of(Role.WRITER, Role.REVIEWER, Role.SIGNER, Role.VIEWER)) {
			assertThatThrownBy(() -> trail.search(member(tenant, role), AuditFilter.all(), 0, 10))
				.isInstanceOfSatisfying(KatibException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.FORBIDDEN));
			assertThatThrownBy(() -> trail.verify(member(tenant, role))).isInstanceOf(KatibException.class);
			assertThatThrownBy(() -> trail.exportCsv(member(tenant, role), AuditFilter.all()))
				.isInstanceOf(KatibException.class);
		}
		assertThat(trail.search(member(tenant, Role.OWNER), AuditFilter.all(), 0, 10).total()).isEqualTo(1);
	}

	@Test
	void filtersByDateActionActorOutcomeAndTarget() {
		Instant start = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		events.publishEvent(happened(tenant, "ali@example.org", "accounts.sign-in", Outcome.FAILURE, start));
		events.publishEvent(happened(tenant, "sara@example.org", "accounts.sign-in", Outcome.SUCCESS,
				start.plus(Duration.ofHours(1))));
		events.publishEvent(happened(tenant, "sara@example.org", "accounts.api-key-revoked", Outcome.SUCCESS,
				start.plus(Duration.ofHours(2))));
		AuditEntry last = trail.search(admin(tenant), AuditFilter.all(), 0, 1).entries().getFirst();

		assertThat(actorsOf(new AuditFilter(null, null, "accounts.sign-in", null, null, null, null)))
			.containsExactly("sara@example.org", "ali@example.org");
		assertThat(actorsOf(new AuditFilter(null, null, null, "SARA", null, null, null))).hasSize(2);
		assertThat(actorsOf(new AuditFilter(null, null, null, "%", null, null, null))).isEmpty();
		assertThat(actorsOf(new AuditFilter(null, null, null, null, Outcome.FAILURE, null, null)))
			.containsExactly("ali@example.org");
		assertThat(actorsOf(new AuditFilter(start.plusSeconds(60), start.plus(Duration.ofHours(2)), null, null, null,
				null, null))).containsExactly("sara@example.org");
		assertThat(actorsOf(new AuditFilter(null, null, null, null, null, "user", last.targetId()))).hasSize(1);
	}

	@Test
	void pagesThroughEntriesNewestFirst() {
		appendSome(5);

		AuditPage second = trail.search(admin(tenant), AuditFilter.all(), 1, 2);

		assertThat(second.entries()).extracting(AuditEntry::sequence).containsExactly(3L, 2L);
		assertThat(second.total()).isEqualTo(5);
		assertThat(second.pages()).isEqualTo(3);
		assertThat(second.hasNext()).isTrue();
		assertThatThrownBy(() -> trail.search(admin(tenant), AuditFilter.all(), 0, AuditTrail.MAX_PAGE_SIZE + 1))
			.isInstanceOfSatisfying(KatibException.class,
					e -> assertThat(e.type()).isEqualTo(ProblemType.VALIDATION_FAILED));
		assertThatThrownBy(() -> trail.search(admin(tenant),
				new AuditFilter(clock.instant(), clock.instant(), null, null, null, null, null), 0, 10))
			.isInstanceOf(KatibException.class);
	}

	@Test
	void exportsDefusedAndQuotedCsvOldestFirst() throws IOException {
		events.publishEvent(happened(tenant, "=HYPERLINK(\"http://evil.example\",\"click\")", "accounts.sign-in",
				Outcome.FAILURE, clock.instant()));
		events.publishEvent(happened(tenant, "مدير, \"الإدارة\"", "accounts.role-changed", Outcome.SUCCESS,
				clock.instant()));

		StringWriter csv = new StringWriter();
		trail.exportCsv(admin(tenant), AuditFilter.all()).writeTo(csv);

		List<String> lines = csv.toString().lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).startsWith("\uFEFF\"sequence\",\"occurred_at\",\"actor\"");
		assertThat(lines.get(1)).startsWith("\"1\",").contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",");
		assertThat(lines.get(2)).startsWith("\"2\",").contains(",\"مدير, \"\"الإدارة\"\"\",");
		assertThat(csv.toString()).contains("\r\n");
	}

	@Test
	void manyConcurrentAppendsToOneChainKeepItValid() throws Exception {
		int threads = 8;
		int each = 15;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Callable<Void>> work = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				work.add(() -> {
					for (int i = 0; i < each; i++) {
						transactions.executeWithoutResult(
								tx -> events.publishEvent(happened(tenant, "letters.drafted", clock.instant())));
					}
					return null;
				});
			}
			for (Future<Void> done : pool.invokeAll(work)) {
				done.get();
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(trail.verify(admin(tenant))).isEqualTo(ChainVerification.intact(threads * each));
	}

	private List<String> actorsOf(AuditFilter filter) {
		return trail.search(admin(tenant), filter, 0, 50).entries().stream().map(AuditEntry::actor).toList();
	}

	private void appendSome(int count) {
		for (int i = 0; i < count; i++) {
			events.publishEvent(happened(tenant, "accounts.sign-in", clock.instant()));
		}
	}

	/** Changes rows as someone who can switch the append-only trigger off would. */
	private void asAnAttackerWithDatabaseAccess(String sql) {
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only").update();
			jdbc.sql(sql).update();
			jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only").update();
		});
	}
}
