package dev.katib.connectors.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.accounts.Caller;
import dev.katib.connectors.Base;
import dev.katib.connectors.DataSource;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.NewField;
import dev.katib.connectors.NewSource;
import dev.katib.connectors.SourceConnected;
import dev.katib.connectors.SourceKind;
import dev.katib.connectors.SourceRemoved;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableRef;
import dev.katib.connectors.backend.FieldValues;
import dev.katib.connectors.backend.SourceAccess;
import dev.katib.platform.Ids;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;
import dev.katib.platform.SecretBox;

/** Connects, lists and removes data sources, and reads their schema, for the caller's organisation only. */
@Service
class SourceService implements DataSources {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SourceService.class);

	private final SourceRows sources;
	private final Backends backends;
	private final SourceAccessPolicy access;
	private final GoogleServiceAccounts google;
	private final BuiltInTableCatalogue catalogue;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final List<SourceCleanup> cleanups;

	SourceService(SourceRows sources, Backends backends, SourceAccessPolicy access, GoogleServiceAccounts google,
			BuiltInTableCatalogue catalogue, ApplicationEventPublisher events, Clock clock, List<SourceCleanup> cleanups) {
		this.cleanups = cleanups;
		this.sources = sources;
		this.backends = backends;
		this.access = access;
		this.google = google;
		this.catalogue = catalogue;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DataSource> list(Caller caller) {
		access.requireUse(caller);
		return sources.list(caller.tenantId());
	}

	@Override
	@Transactional(readOnly = true)
	public DataSource find(Caller caller, UUID sourceId) {
		access.requireUse(caller);
		return sources.find(caller.tenantId(), sourceId).orElseThrow(() -> KatibException.notFound("The data source"));
	}

	@Override
	@Transactional
	public DataSource connect(Caller caller, NewSource source) {
		access.requireManage(caller);
		String name = FieldValues.cleanText("name", source.name()).strip();
		if (name.isEmpty() || name.length() > 200) {
			throw FieldValues.invalid("name", "needs 1 to 200 characters");
		}
		UUID id = Ids.newId(clock);
		Map<String, String> settings = new HashMap<>();
		String credential = null;
		String hint = null;
		SourceKind kind;
		switch (source) {
			case NewSource.Airtable airtable -> {
				kind = SourceKind.AIRTABLE;
				credential = airtableToken(airtable.token());
				SourceAccess opened = new SourceAccess(id, caller.tenantId(), name, kind, credential, settings);
				backends.of(opened).check(opened);
				hint = SecretBox.masked(credential);
			}
			case NewSource.GoogleSheets sheets -> {
				kind = SourceKind.GOOGLE_SHEETS;
				boolean own = sheets.serviceAccountKey() != null && !sheets.serviceAccountKey().isBlank();
				String key = own ? sheets.serviceAccountKey() : google.instanceKey();
				GoogleServiceAccounts.Checked checked = google.check(key, id, name);
				settings.put("clientEmail", checked.clientEmail());
				settings.put("credentials", own ? "organisation" : "instance");
				credential = own ? key : null;
				hint = own ? SecretBox.masked(checked.keyId()) : "instance";
			}
			case NewSource.BuiltIn b -> kind = SourceKind.BUILT_IN;
		}
		DataSource connected = new DataSource(id, caller.tenantId(), kind, name, hint, clock.instant(),
				settings.get("clientEmail"));
		sources.insert(connected, credential, settings);
		events.publishEvent(new SourceConnected(caller.tenantId(), caller.userId(), caller.name(), id, kind, name, hint,
				caller.sourceAddress(), clock.instant()));
		return connected;
	}

	@Override
	@Transactional
	public void remove(Caller caller, UUID sourceId) {
		access.requireManage(caller);
		DataSource source = sources.find(caller.tenantId(), sourceId)
			.orElseThrow(() -> KatibException.notFound("The data source"));
		SourceAccess opened = sources.open(caller.tenantId(), sourceId).orElseThrow();
		for (SourceCleanup cleanup : cleanups) {
			try {
				cleanup.removing(opened);
			}
			catch (RuntimeException ex) {
				log.warn("Cleaning up source {} before its removal failed: {}", sourceId, ex.getMessage());
			}
		}
		sources.delete(caller.tenantId(), sourceId);
		events.publishEvent(new SourceRemoved(caller.tenantId(), caller.userId(), caller.name(), sourceId,
				source.kind(), source.name(), caller.sourceAddress(), clock.instant()));
	}

	@Override
	public List<Base> bases(Caller caller, UUID sourceId) {
		SourceAccess source = access.open(caller, sourceId);
		return backends.of(source).bases(source);
	}

	@Override
	@Transactional
	public Base addBase(Caller caller, UUID sourceId, String reference) {
		access.requireManage(caller);
		SourceAccess source = access.open(caller, sourceId);
		return backends.of(source).addBase(source, reference);
	}

	@Override
	@Transactional
	public void removeBase(Caller caller, UUID sourceId, String baseId) {
		access.requireManage(caller);
		SourceAccess source = access.open(caller, sourceId);
		backends.of(source).removeBase(source, baseId);
	}

	@Override
	public List<SourceTable> tables(Caller caller, UUID sourceId, String baseId) {
		SourceAccess source = access.open(caller, sourceId);
		return backends.of(source).tables(source, baseId);
	}

	@Override
	public SourceTable table(Caller caller, TableRef table) {
		return access.table(access.open(caller, table.sourceId()), table);
	}

	@Override
	@Transactional
	public SourceTable createTable(Caller caller, UUID sourceId, String name, List<NewField> fields) {
		return catalogue.create(builtInSource(caller, sourceId), name, fields);
	}

	@Override
	@Transactional
	public SourceTable renameTable(Caller caller, TableRef table, String name) {
		SourceAccess source = builtInSource(caller, table.sourceId());
		access.table(source, table);
		catalogue.rename(source, table.tableId(), name);
		return access.table(source, table);
	}

	@Override
	@Transactional
	public void removeTable(Caller caller, TableRef table) {
		SourceAccess source = builtInSource(caller, table.sourceId());
		access.table(source, table);
		catalogue.remove(source, table.tableId());
	}

	private SourceAccess builtInSource(Caller caller, UUID sourceId) {
		access.requireManage(caller);
		SourceAccess source = access.open(caller, sourceId);
		if (source.kind() != SourceKind.BUILT_IN) {
			throw new KatibException(ProblemType.VALIDATION_FAILED,
					"Tables are added, renamed and removed here only in sources of built-in tables; do it in "
							+ source.kind() + " itself.");
		}
		return source;
	}

	private static String airtableToken(@Nullable String token) {
		String trimmed = token == null ? "" : token.strip();
		if (trimmed.isEmpty() || trimmed.length() > 500 || !trimmed.matches("[\\x21-\\x7E]+")) {
			throw FieldValues.invalid("token", "needs an Airtable personal access token (it starts with pat)");
		}
		return trimmed;
	}
}
