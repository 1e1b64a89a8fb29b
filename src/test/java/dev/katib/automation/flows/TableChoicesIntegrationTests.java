package dev.katib.automation.flows;

import static dev.katib.support.FakeBase.field;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Role;
import dev.katib.connectors.SourcesClient;
import dev.katib.support.FakeAirtable;
import dev.katib.support.FakeBase;
import dev.katib.support.IntegrationTest;
import dev.katib.support.PageClient;

/** The automation form's table select: an outside source's tables are read once for several forms. */
class TableChoicesIntegrationTests extends IntegrationTest {

	@Autowired
	TableChoices choices;

	@Test
	void twoFormsAskAirtableForTheTablesOnce() {
		FakeAirtable airtable = FakeAirtable.shared();
		FakeBase base = airtable.base("Requests");
		FakeBase.Table requests = base.table("Leave requests", field("Name", "singleLineText"));
		var organisation = accounts.organisation();
		String source = new SourcesClient(baseUrl(), accounts).connectAirtable(organisation.owner(),
				airtable.token(base));
		PageClient owner = new PageClient(baseUrl(), accounts, organisation.owner());
		int before = base.requests();

		String first = owner.get("/automations/new?lang=en").body();
		String second = owner.get("/automations/new?lang=en").body();

		String choice = "value=\"" + source + "|" + base.id + "|" + requests.id + "\"";
		assertThat(first).contains(choice, "Leave requests");
		assertThat(second).contains(choice, "Leave requests");
		assertThat(base.requests() - before).as("requests for the base's tables").isEqualTo(1);
	}

	@Test
	void theAutomationsOwnTableIsOfferedWhenNoSourceListsIt() {
		var organisation = accounts.organisation();
		Caller owner = new Caller(organisation.tenantId(), organisation.owner().memberId(), "مالك", Set.of(Role.OWNER),
				Locale.ENGLISH, null);
		String current = UUID.randomUUID() + "|appGone|tblGone";

		assertThat(choices.list(owner, current)).anySatisfy(group -> assertThat(group.tables())
			.containsExactly(new TableChoices.Choice(current, current.replace('|', ' '))));
	}
}
