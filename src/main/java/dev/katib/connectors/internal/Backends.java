package dev.katib.connectors.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.katib.connectors.SourceException;
import dev.katib.connectors.SourceKind;
import dev.katib.connectors.backend.SourceAccess;
import dev.katib.connectors.backend.TableBackend;

/** The backend of each kind of source this Katib can read. */
@Component
public class Backends {

	private final Map<SourceKind, TableBackend> byKind = new EnumMap<>(SourceKind.class);

	Backends(List<TableBackend> backends) {
		backends.forEach(backend -> byKind.put(backend.kind(), backend));
	}

	public TableBackend of(SourceAccess source) {
		TableBackend backend = byKind.get(source.kind());
		if (backend == null) {
			throw new SourceException(SourceException.UNAVAILABLE, "This version of Katib keeps the credential of \""
					+ source.name() + "\" but cannot read its tables yet.", source.sourceId(), source.name());
		}
		return backend;
	}
}
