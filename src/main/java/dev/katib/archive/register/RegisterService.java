package dev.katib.archive.register;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.archive.Archive;
import dev.katib.archive.FileKind;
import dev.katib.archive.FileStored;
import dev.katib.archive.LetterRegister;
import dev.katib.archive.StoredFile;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Keeps each connected organisation's register sheet in step with its archive. Appending happens
 * after the letter is safely archived; a failure is retried by the event registry and never undoes
 * the archiving.
 */
@Service
class RegisterService implements LetterRegister {

	static final ProblemType REGISTER_UNAVAILABLE = new ProblemType("register-unavailable",
			HttpStatus.SERVICE_UNAVAILABLE, "Register sheet unavailable");

	private static final Pattern SPREADSHEET_ID = Pattern.compile("[A-Za-z0-9_-]{20,128}");
	private static final Pattern SHEET_NAME = Pattern.compile("[^\\p{Cntrl}\\[\\]*?:/\\\\]{1,100}");
	private static final Logger log = LoggerFactory.getLogger(RegisterService.class);

	private final JdbcClient jdbc;
	private final Archive archive;
	private final RegisterProperties properties;
	private final Clock clock;
	private volatile RegisterSheet sheet;

	RegisterService(JdbcClient jdbc, Archive archive, RegisterProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.archive = archive;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void connect(UUID tenantId, String spreadsheetId, String sheetName) {
		if (!properties.configured()) {
			throw new KatibException(REGISTER_UNAVAILABLE,
					"Katib has no Google credentials (KATIB_GOOGLE_CREDENTIALS), so it cannot write to a sheet.");
		}
		if (!SPREADSHEET_ID.matcher(spreadsheetId).matches() || !SHEET_NAME.matcher(sheetName).matches()) {
			throw new KatibException(ProblemType.VALIDATION_FAILED,
					"The spreadsheet id or the sheet name is not valid.");
		}
		jdbc.sql("""
				INSERT INTO archive_register (tenant_id, spreadsheet_id, sheet_name, updated_at)
				VALUES (:tenant, :spreadsheet, :sheet, :now)
				ON CONFLICT (tenant_id) DO UPDATE SET spreadsheet_id = :spreadsheet, sheet_name = :sheet, updated_at = :now""")
			.param("tenant", tenantId)
			.param("spreadsheet", spreadsheetId)
			.param("sheet", sheetName)
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	@Override
	@Transactional
	public void disconnect(UUID tenantId) {
		jdbc.sql("DELETE FROM archive_register WHERE tenant_id = :tenant").param("tenant", tenantId).update();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Settings> settings(UUID tenantId) {
		return jdbc.sql("SELECT spreadsheet_id, sheet_name FROM archive_register WHERE tenant_id = :tenant")
			.param("tenant", tenantId)
			.query((rs, n) -> new Settings(rs.getString(1), rs.getString(2)))
			.optional();
	}

	@ApplicationModuleListener
	void on(FileStored stored) {
		if (stored.kind() != FileKind.LETTER) {
			return;
		}
		Optional<Settings> settings = settings(stored.tenantId());
		if (settings.isEmpty() || alreadyAppended(stored.fileId())) {
			return;
		}
		StoredFile file = archive.find(stored.tenantId(), stored.fileId()).orElseThrow();
		sheet().append(settings.get().spreadsheetId(), settings.get().sheetName(), row(file));
		jdbc.sql("INSERT INTO archive_register_row (file_id, tenant_id, appended_at) VALUES (:file, :tenant, :now) "
				+ "ON CONFLICT DO NOTHING")
			.param("file", file.id())
			.param("tenant", file.tenantId())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		log.info("Added archived letter {} of tenant {} to its register sheet", file.id(), file.tenantId());
	}

	static List<Object> row(StoredFile file) {
		Map<String, String> facts = file.attributes();
		return List.of(facts.getOrDefault("number", ""), facts.getOrDefault("issuedOn", file.documentDate().toString()),
				file.title() == null ? "" : file.title(), facts.getOrDefault("recipient", ""),
				facts.getOrDefault("category", ""), file.sha256(),
				file.verificationCode() == null ? "" : file.verificationCode(), file.storedAt().toString());
	}

	private boolean alreadyAppended(UUID fileId) {
		return jdbc.sql("SELECT count(*) FROM archive_register_row WHERE file_id = :file")
			.param("file", fileId)
			.query(Long.class)
			.single() > 0;
	}

	private RegisterSheet sheet() {
		RegisterSheet current = sheet;
		if (current == null) {
			try {
				current = new RegisterSheet(Files.readString(properties.credentials()), properties.rootUrl());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("KATIB_GOOGLE_CREDENTIALS names a file Katib cannot read", ex);
			}
			sheet = current;
		}
		return current;
	}
}
