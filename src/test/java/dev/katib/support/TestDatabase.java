package dev.katib.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The database of one test run: a fresh database on the local PostgreSQL when it is reachable,
 * otherwise the embedded PostgreSQL in a temporary folder. With {@code KATIB_REQUIRE_SERVICES=true}
 * (as in CI) a missing local server fails the run instead.
 */
public final class TestDatabase {

	private static final String HOST = "127.0.0.1";
	private static final int PORT = 5432;
	private static final String PREFIX = "katib_test_";
	private static final String ADMIN_URL = "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres";

	private static TestDatabase instance;

	private final String url;
	private final Path dataDir;

	private TestDatabase(String url, Path dataDir) {
		this.url = url;
		this.dataDir = dataDir;
	}

	public static synchronized TestDatabase get() {
		if (instance == null) {
			instance = create();
		}
		return instance;
	}

	/**
	 * Another fresh database on the local PostgreSQL, for a Katib process a test starts by itself; dropped by a
	 * later run, as the others.
	 *
	 * @return its JDBC URL, or empty when no local PostgreSQL is reachable
	 */
	public static String another() {
		if (!reachable()) {
			return "";
		}
		try {
			String name = PREFIX + Instant.now().getEpochSecond() + "_"
					+ UUID.randomUUID().toString().replace("-", "").substring(0, 8);
			execute("CREATE DATABASE " + name);
			return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create a database", ex);
		}
	}

	/** JDBC URL of the fresh database, or empty when the embedded server is used. */
	public String url() {
		return url;
	}

	public Path dataDir() {
		return dataDir;
	}

	private static TestDatabase create() {
		try {
			Path dataDir = Files.createTempDirectory("katib-test-data");
			if (!reachable()) {
				Services.requireOrSkipNotice("PostgreSQL on " + HOST + ":" + PORT,
						"using the embedded PostgreSQL instead");
				return new TestDatabase("", dataDir);
			}
			dropDatabasesOfEarlierRuns();
			String name = PREFIX + Instant.now().getEpochSecond() + "_"
					+ UUID.randomUUID().toString().replace("-", "").substring(0, 8);
			execute("CREATE DATABASE " + name);
			return new TestDatabase("jdbc:postgresql://" + HOST + ":" + PORT + "/" + name, dataDir);
		}
		catch (IOException | SQLException ex) {
			throw new IllegalStateException("Could not prepare the test database", ex);
		}
	}

	/**
	 * A run cannot drop its own database at exit without racing the application's shutdown, so each
	 * run removes the databases earlier runs left behind: those created more than an hour ago (the
	 * name says when) and no longer in use. A run that started moments ago and has not connected
	 * yet is never touched.
	 */
	private static void dropDatabasesOfEarlierRuns() throws SQLException {
		List<String> names = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(ADMIN_URL, "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		long hourAgo = Instant.now().minus(Duration.ofHours(1)).getEpochSecond();
		for (String name : names) {
			if (createdAfter(name, hourAgo)) {
				continue;
			}
			try {
				execute("DROP DATABASE IF EXISTS " + name);
			}
			catch (SQLException inUse) {
				// another test run is using it
			}
		}
	}

	private static boolean createdAfter(String name, long epochSecond) {
		String[] parts = name.substring(PREFIX.length()).split("_");
		try {
			return parts.length == 2 && Long.parseLong(parts[0]) > epochSecond;
		}
		catch (NumberFormatException unknownScheme) {
			return false;
		}
	}

	private static void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(ADMIN_URL, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static boolean reachable() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(HOST, PORT), 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}
}
