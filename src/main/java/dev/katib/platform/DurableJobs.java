package dev.katib.platform;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A table of durable jobs worked by every Katib process: each row has {@code id}, {@code tenant_id}, {@code status}
 * ({@code PENDING}, {@code DELIVERED} or {@code FAILED}), {@code attempts}, {@code next_attempt_at},
 * {@code last_error} and {@code finished_at}. A job is taken under its row's lock ({@code FOR UPDATE SKIP LOCKED},
 * in the owner's query), so several processes share the work and none runs a job twice at once; its attempt and
 * outcome commit with the lock, and a process that stops mid-attempt leaves the job pending for the next one.
 */
public final class DurableJobs {

	/** What an attempt came to. */
	public enum Outcome {
		DELIVERED, RETRYING, FAILED;

		/** The job's status after it. */
		String status() {
			return this == RETRYING ? "PENDING" : name();
		}
	}

	/**
	 * The condition of a due job, for the owner's {@code SELECT … FOR UPDATE SKIP LOCKED} (with {@code :now}).
	 *
	 * @param alias the jobs' table's alias and a dot, or nothing
	 */
	public static String due(String alias) {
		return alias + "status = 'PENDING' AND " + alias + "next_attempt_at <= :now";
	}

	private static final Pattern NAME = Pattern.compile("[a-z_]+");

	private final String table;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;

	/** @param table the jobs' table, owned by the caller's module */
	public DurableJobs(String table, JdbcClient jdbc, PlatformTransactionManager transactions) {
		if (!NAME.matcher(table).matches()) {
			throw new IllegalArgumentException("not a table name: " + table);
		}
		this.table = table;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * Works due jobs one at a time, each in a transaction of its own that holds its row lock, until none is due or
	 * {@code max} were worked.
	 *
	 * @param lockNext the next due job, locked ({@code FOR UPDATE SKIP LOCKED}), if there is one
	 * @param attempt the attempt, which {@link #settle}s the job
	 * @return how many were worked
	 */
	public <J> int workDue(int max, Supplier<Optional<J>> lockNext, Consumer<J> attempt) {
		for (int worked = 0; worked < max; worked++) {
			Boolean found = transactions.execute(status -> lockNext.get().map(job -> {
				attempt.accept(job);
				return true;
			}).orElse(false));
			if (!Boolean.TRUE.equals(found)) {
				return worked;
			}
		}
		return max;
	}

	/**
	 * Moves a job on after its attempt: delivered, failed for good, or waiting until {@code next}. The caller logs
	 * the attempt in its own table, in the same transaction.
	 */
	public void settle(UUID tenantId, UUID id, int attempt, Outcome outcome, @Nullable String detail, Instant now,
			@Nullable Instant next) {
		jdbc.sql("UPDATE " + table + """
				 SET attempts = :attempt, status = :status, last_error = :error,
				  next_attempt_at = COALESCE(:next, next_attempt_at), finished_at = :finished
				WHERE id = :id AND tenant_id = :tenant""")
			.param("attempt", attempt)
			.param("status", outcome.status())
			.param("error", outcome == Outcome.DELIVERED ? null : detail)
			.param("next", next == null ? null : next.atOffset(ZoneOffset.UTC))
			.param("finished", outcome == Outcome.RETRYING ? null : now.atOffset(ZoneOffset.UTC))
			.param("id", id)
			.param("tenant", tenantId)
			.update();
	}
}
