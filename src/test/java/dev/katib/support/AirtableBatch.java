package dev.katib.support;

import static dev.katib.support.FakeBase.field;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.katib.support.FakeModelServer.Reply;

/**
 * A batch run of many Airtable records drafted by a Katib process of its own ({@link KatibProcess}) on a fresh
 * database, with the fake Airtable and the fake model this JVM serves: the setting of the kill test and of the batch
 * benchmark. Every record asks for the same letter (one school, one request), so that one model answer is right for
 * each; the answer is the letter Katib drafts offline for the run's preview, before the model is switched on.
 */
public final class AirtableBatch implements AutoCloseable {

	public static final String EMAIL = "batch-owner@test.katib.dev";
	public static final String FIELD_STATUS = "Letter status";
	public static final String FIELD_LINK = "Letter link";

	private final FakeAirtable airtable;
	private final FakeBase base;
	private final FakeBase.Table table;
	private final FakeModelServer model;
	private final String databaseUrl;
	private final KatibProcess katib;
	private String runId;
	private KatibApi api;

	private AirtableBatch(FakeAirtable airtable, FakeBase base, FakeBase.Table table, FakeModelServer model,
			String databaseUrl, KatibProcess katib) {
		this.airtable = airtable;
		this.base = base;
		this.table = table;
		this.model = model;
		this.databaseUrl = databaseUrl;
		this.katib = katib;
	}

	/**
	 * A table of this many records in a fresh fake Airtable, and a Katib, started once offline to create the run
	 * (writing each letter's status and link back) and preview it, then stopped: {@link #startKatib()} starts it
	 * with the fake model, which answers each request after {@code latency}.
	 *
	 * @param settings more settings of the Katib process, e.g. {@code KATIB_AI_CONCURRENCY}
	 * @throws org.opentest4j.TestAbortedException when no local PostgreSQL is reachable (unless required)
	 */
	public static AirtableBatch prepare(int records, Duration latency, Map<String, String> settings, Path logs) {
		String databaseUrl = TestDatabase.another();
		if (databaseUrl.isEmpty()) {
			Services.requireOrSkipNotice("PostgreSQL on 127.0.0.1:5432", "a Katib process of its own cannot run");
			throw new org.opentest4j.TestAbortedException("A Katib process of its own needs the local PostgreSQL");
		}
		FakeAirtable airtable = FakeAirtable.start(Duration.ofSeconds(1));
		FakeBase base = airtable.base("Schools");
		FakeBase.Table table = base.table("Schools", field("School name", "singleLineText"),
				field("Code", "singleLineText"), field(FIELD_STATUS, "singleLineText"), field(FIELD_LINK, "url"));
		IntStream.rangeClosed(1, records).forEach(n -> table.add(Map.of("School name", "مدرسة النور الأهلية",
				"Code", "S-" + n)));
		Map<String, String> all = new LinkedHashMap<>();
		all.put("katib.database.url", databaseUrl);
		all.put("katib.database.user", "postgres");
		all.put("katib.database.data-dir", dataDir().toString());
		all.put("katib.accounts.bootstrap.organisation", "مؤسسة الدفعات");
		all.put("katib.accounts.bootstrap.email", EMAIL);
		all.put("katib.accounts.bootstrap.password", TestAccounts.PASSWORD);
		all.put("katib.connectors.airtable.api-url", airtable.url());
		all.put("katib.connectors.airtable.penalty", airtable.penalty().toMillis() + "ms");
		all.put("katib.connectors.airtable.penalty-jitter", "100ms");
		all.put("katib.ai.provider", "offline");
		all.put("logging.level.root", "WARN");
		all.put("logging.level.dev.katib.automation", "INFO");
		all.putAll(settings);
		FakeModelServer model = FakeModelServer.start();
		AirtableBatch batch = new AirtableBatch(airtable, base, table, model, databaseUrl, KatibProcess.with(all, logs));
		batch.createRun(latency);
		return batch;
	}

	private void createRun(Duration latency) {
		startKatib();
		String source = api.post("/api/v1/sources", Map.of("kind", "AIRTABLE", "name", "قاعدة المدارس", "token",
				airtable.token(base)), 201).path("id").asString();
		api.put("/api/v1/sources/" + source + "/bases/" + base.id + "/tables/" + table.id + "/mapping",
				Map.of("fields", Map.of("ORGANISATION", "School name"), "mergeFields", Map.of()), 200);
		runId = api.post("/api/v1/batches", Map.of("name", "مدارس النور", "sourceId", source, "baseId", base.id,
				"tableId", table.id, "category", "request", "language", "ar", "template",
				"نرجو التكرم بالموافقة على مشاركة {{School name}} في معرض العلوم السنوي للمدارس",
				"writeBack", Map.of("status", FIELD_STATUS, "link", FIELD_LINK)), 201).path("id").asString();
		String preview = api.post("/api/v1/batches/" + runId + "/preview", Map.of(), 200).path("letters").get(0)
			.path("id")
			.asString();
		JsonNode letter = api.get("/api/v1/letters/" + preview);
		for (int i = 0; i < 100 && !letter.path("drafting").asString().equals("DONE"); i++) {
			KatibProcess.sleep(Duration.ofMillis(200));
			letter = api.get("/api/v1/letters/" + preview);
		}
		ObjectNode content = (ObjectNode) letter.path("version").path("content").deepCopy();
		content.remove("language");
		content.remove("basmala");
		content.remove("signature");
		model.otherwise(Reply.answer(content.toString()).usage(800, 250), latency);
		katib.kill();
		katib.configure(Map.of("katib.ai.provider", "openai", "katib.ai.base-url", model.baseUrl(), "katib.ai.api-key",
				"test-key", "katib.ai.model", FakeModelServer.MODEL));
	}

	/** Starts Katib (again) and signs in. */
	public void startKatib() {
		katib.start();
		api = KatibApi.signIn(katib.baseUrl(), EMAIL, TestAccounts.PASSWORD);
	}

	public KatibProcess katib() {
		return katib;
	}

	public KatibApi api() {
		return api;
	}

	public String runPath() {
		return "/api/v1/batches/" + runId;
	}

	public String runId() {
		return runId;
	}

	public FakeBase base() {
		return base;
	}

	public FakeBase.Table table() {
		return table;
	}

	public FakeModelServer model() {
		return model;
	}

	/** A connection to the Katib process's database, for a test to look at what it keeps. */
	public Connection database() throws SQLException {
		return DriverManager.getConnection(databaseUrl, "postgres", "");
	}

	private static Path dataDir() {
		try {
			return Files.createTempDirectory("katib-batch-data");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		katib.close();
		model.close();
		airtable.close();
	}
}
