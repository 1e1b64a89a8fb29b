package dev.katib.connectors.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableRef;
import dev.katib.connectors.backend.SourceAccess;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * The one check of who may do what with data sources, and the one way to open a source and find a
 * table: a source or table of another organisation is simply not found.
 */
@Component
public class SourceAccessPolicy {

	private final SourceRows sources;
	private final Backends backends;

	SourceAccessPolicy(SourceRows sources, Backends backends) {
		this.sources = sources;
		this.backends = backends;
	}

	public void requireUse(Caller caller) {
		require(caller, Permission.USE_SOURCES);
	}

	public void requireManage(Caller caller) {
		require(caller, Permission.MANAGE_SOURCES);
	}

	/** The caller's source with its credential opened; not found for anyone else's. */
	public SourceAccess open(Caller caller, UUID sourceId) {
		requireUse(caller);
		return sources.open(caller.tenantId(), sourceId).orElseThrow(() -> KatibException.notFound("The data source"));
	}

	/** A source opened for work Katib does itself (imports, polling, webhooks), on behalf of its organisation. */
	public java.util.Optional<SourceAccess> openForOrganisation(UUID tenantId, UUID sourceId) {
		return sources.open(tenantId, sourceId);
	}

	public SourceTable table(SourceAccess source, TableRef table) {
		return backends.of(source)
			.tables(source, table.baseId())
			.stream()
			.filter(t -> t.id().equals(table.tableId()))
			.findFirst()
			.orElseThrow(() -> KatibException.notFound("The table"));
	}

	private static void require(Caller caller, Permission permission) {
		if (!permission.isGrantedTo(caller.roles())) {
			throw new KatibException(ProblemType.FORBIDDEN, "Your roles do not allow this.",
					java.util.Map.of("permission", permission.name()));
		}
	}
}
