package dev.katib.automation.flows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.connectors.Base;
import dev.katib.connectors.DataSource;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.SourceKind;
import dev.katib.connectors.SourceTable;
import dev.katib.platform.KatibException;

/**
 * Every table of every source the member can use, for the automation form's table select: one group per source, one
 * option per table, valued {@code sourceId|baseId|tableId}. A source that cannot be read just now shows no tables;
 * the automation's own table is then still offered, by its ids, so that saving the form keeps it.
 * <p>
 * The tables of each base of an Airtable or Google source are kept for {@link #KEPT} per organisation, source and
 * base, so opening the form again does not ask the source again. Sources and their bases are listed afresh each time
 * (a spreadsheet just added shows at once, a source removed is gone), and so are built-in tables, which cost no
 * outside call. Ids are never reused, so no event has to evict an entry: one no longer listed is just not read.
 */
@Component
class TableChoices {

	static final Duration KEPT = Duration.ofSeconds(60);

	private final DataSources sources;
	private final Cache<BaseKey, List<SourceTable>> outside = Caffeine.newBuilder()
		.expireAfterWrite(KEPT)
		.maximumSize(10_000)
		.build();

	TableChoices(DataSources sources) {
		this.sources = sources;
	}

	/** One option of the select. */
	record Choice(String value, String label) {
	}

	/** The tables of one source. */
	record Group(String source, List<Choice> tables) {
	}

	private record BaseKey(UUID tenantId, UUID sourceId, String baseId) {
	}

	List<Group> list(Caller caller, @Nullable String current) {
		List<Group> groups = new ArrayList<>();
		for (DataSource source : sources.list(caller)) {
			List<Choice> tables = new ArrayList<>();
			try {
				List<Base> bases = sources.bases(caller, source.id());
				for (Base base : bases) {
					for (SourceTable table : tables(caller, source, base)) {
						tables.add(new Choice(source.id() + "|" + base.id() + "|" + table.id(),
								bases.size() == 1 ? table.name() : base.name() + " › " + table.name()));
					}
				}
			}
			catch (KatibException unreadable) {
				tables.clear(); // a failure is not kept: the next form asks again
			}
			groups.add(new Group(source.name(), tables));
		}
		boolean offered = groups.stream().flatMap(group -> group.tables().stream())
			.anyMatch(choice -> choice.value().equals(current));
		if (current != null && !current.isBlank() && !offered) {
			groups.add(new Group("—", List.of(new Choice(current, current.replace('|', ' ')))));
		}
		return groups;
	}

	private List<SourceTable> tables(Caller caller, DataSource source, Base base) {
		if (source.kind() == SourceKind.BUILT_IN) {
			return sources.tables(caller, source.id(), base.id());
		}
		return outside.get(new BaseKey(caller.tenantId(), source.id(), base.id()),
				key -> sources.tables(caller, source.id(), base.id()));
	}
}
