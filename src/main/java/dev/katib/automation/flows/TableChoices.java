package dev.katib.automation.flows;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.connectors.Base;
import dev.katib.connectors.DataSource;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.SourceTable;
import dev.katib.platform.KatibException;

/**
 * Every table of every source the member can use, for the automation form's table select: one group per source, one
 * option per table, valued {@code sourceId|baseId|tableId}. A source that cannot be read just now shows no tables;
 * the automation's own table is then still offered, by its ids, so that saving the form keeps it.
 */
@Component
class TableChoices {

	private final DataSources sources;

	TableChoices(DataSources sources) {
		this.sources = sources;
	}

	/** One option of the select. */
	record Choice(String value, String label) {
	}

	/** The tables of one source. */
	record Group(String source, List<Choice> tables) {
	}

	List<Group> list(Caller caller, @Nullable String current) {
		List<Group> groups = new ArrayList<>();
		for (DataSource source : sources.list(caller)) {
			List<Choice> tables = new ArrayList<>();
			try {
				List<Base> bases = sources.bases(caller, source.id());
				for (Base base : bases) {
					for (SourceTable table : sources.tables(caller, source.id(), base.id())) {
						tables.add(new Choice(source.id() + "|" + base.id() + "|" + table.id(),
								bases.size() == 1 ? table.name() : base.name() + " › " + table.name()));
					}
				}
			}
			catch (KatibException unreadable) {
				tables.clear();
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
}
