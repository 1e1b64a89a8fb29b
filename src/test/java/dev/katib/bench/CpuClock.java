package dev.katib.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The processor time spent so far by this JVM and by the PostgreSQL backends serving its database (read from
 * Linux's {@code /proc}, in clock ticks of 10 ms): what a request costs whatever else runs on the machine.
 */
final class CpuClock {

	private static final long NANOS_PER_TICK = 10_000_000;

	private final JdbcClient jdbc;

	CpuClock(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	Reading read() {
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		List<Long> backends = jdbc.sql("""
				SELECT pid FROM pg_stat_activity
				WHERE datname = current_database() AND backend_type = 'client backend'""")
			.query(Long.class)
			.list();
		long database = backends.stream().mapToLong(CpuClock::ticks).sum() * NANOS_PER_TICK;
		return new Reading(os.getProcessCpuTime(), database);
	}

	/** User and system ticks of a process; 0 when it is gone or /proc cannot be read. */
	private static long ticks(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		catch (IOException | RuntimeException unreadable) {
			return 0;
		}
	}

	record Reading(long javaNanos, long databaseNanos) {

		Reading minus(Reading earlier) {
			return new Reading(javaNanos - earlier.javaNanos, databaseNanos - earlier.databaseNanos);
		}
	}
}
