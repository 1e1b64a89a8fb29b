package dev.katib.automation.batch;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.springframework.context.ApplicationContext;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Role;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.FieldMapping;
import dev.katib.connectors.FieldMappings;
import dev.katib.connectors.LetterField;
import dev.katib.connectors.NewField;
import dev.katib.connectors.NewSource;
import dev.katib.connectors.SourceRecords;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableRef;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.support.TestAccounts.TestOrganisation;

/**
 * A built-in table of schools with a field mapping, in an organisation whose categories are seeded: the table a
 * batch run's tests draft letters from.
 */
record SchoolsTable(TestOrganisation organisation, Caller owner, TableRef table) {

	static final String TEMPLATE = "نرجو التكرم بالموافقة على مشاركة {{School name}} من مدينة {{City}} في معرض العلوم";

	static SchoolsTable of(ApplicationContext context, TestOrganisation organisation, int schools) {
		context.getBean(WritingKnowledge.class).seedCategories(organisation.tenantId());
		Caller owner = new Caller(organisation.tenantId(), organisation.owner().memberId(), "مالك", Set.of(Role.OWNER),
				Locale.ENGLISH, null);
		DataSources sources = context.getBean(DataSources.class);
		var source = sources.connect(owner, new NewSource.BuiltIn("المدارس"));
		SourceTable created = sources.createTable(owner, source.id(), "Schools",
				List.of(new NewField("School name", "text"), new NewField("City", "text"),
						new NewField("Head teacher", "text")));
		TableRef table = new TableRef(source.id(), TableRef.BUILT_IN_BASE, created.id());
		SourceRecords records = context.getBean(SourceRecords.class);
		IntStream.rangeClosed(1, schools).forEach(n -> records.create(owner, table, Map.of("School name",
				"مدرسة النور " + n, "City", n % 2 == 0 ? "جدة" : "الرياض", "Head teacher", "الأستاذ سالم " + n)));
		context.getBean(FieldMappings.class).save(owner, new FieldMapping(table,
				Map.of(LetterField.RECIPIENT_NAME, "Head teacher", LetterField.ORGANISATION, "School name"), Map.of()));
		return new SchoolsTable(organisation, owner, table);
	}

	NewRun run(String name) {
		return new NewRun(name, table.sourceId(), table.baseId(), table.tableId(), null, List.of(), "request", "ar",
				TEMPLATE, false);
	}
}
