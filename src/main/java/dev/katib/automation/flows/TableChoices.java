package dev.katib.automation.flows;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.connectors.Base;
import dev.katib.connectors.DataSource;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.SourceTable;
import dev.katib.platform.KatibException;

/**
 * Every table of every source the member can use, for the automation form's table select: one group per source, one
 * option per table, valued {@code sourceId|baseId|tableId}. A source that cannot be read just now shows no tables.
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

	List<Group> list(Caller caller) {
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
		return groups;
	}
}
