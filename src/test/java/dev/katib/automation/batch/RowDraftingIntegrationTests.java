package dev.katib.automation.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Role;
import dev.katib.connectors.LetterField;
import dev.katib.connectors.MappedRecord;
import dev.katib.knowledge.Language;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.letters.LetterView;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.TestOrganisation;

/** A batch row is drafted through the letters module once per (run, record), however often it is drafted. */
class RowDraftingIntegrationTests extends IntegrationTest {

	static final RequestTemplate TEMPLATE = new RequestTemplate(
			"نرجو التكرم بالموافقة على مشاركة {{المدرسة}} في معرض العلوم بمدينة {{المدينة}}");

	@Autowired
	RowDrafting drafting;

	@Autowired
	WritingKnowledge knowledge;

	@Autowired
	JdbcClient jdbc;

	@Test
	void draftingTheSameRowOfARunAgainReturnsItsLetterAndAnotherRunDraftsItsOwn() {
		TestOrganisation organisation = accounts.organisation();
		knowledge.seedCategories(organisation.tenantId());
		Caller writer = new Caller(organisation.tenantId(), organisation.owner().memberId(), "مالك",
				Set.of(Role.OWNER), Locale.ENGLISH, null);
		MappedRecord row = new MappedRecord("rec42",
				Map.of(LetterField.JOB_TITLE, "مدير المدرسة", LetterField.ORGANISATION, "مدرسة النور"),
				Map.of("المدرسة", "مدرسة النور", "المدينة", "جدة"));
		UUID run = UUID.randomUUID();

		LetterView first = drafting.draft(writer, run, row, "request", Language.ARABIC, TEMPLATE);
		LetterView again = drafting.draft(writer, run, row, "request", Language.ARABIC, TEMPLATE);
		LetterView otherRun = drafting.draft(writer, UUID.randomUUID(), row, "request", Language.ARABIC, TEMPLATE);

		assertThat(again.id()).isEqualTo(first.id());
		assertThat(otherRun.id()).isNotEqualTo(first.id());
		assertThat(first.recipient().organisation()).isEqualTo("مدرسة النور");
		assertThat(jdbc.sql("SELECT count(*) FROM letters_letter WHERE tenant_id = :tenant")
			.param("tenant", organisation.tenantId())
			.query(Long.class)
			.single()).isEqualTo(2);
	}
}
