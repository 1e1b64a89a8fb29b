package dev.katib.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Role;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.FieldMapping;
import dev.katib.connectors.FieldMappings;
import dev.katib.connectors.LetterField;
import dev.katib.connectors.NewField;
import dev.katib.connectors.NewSource;
import dev.katib.connectors.SourceRecords;
import dev.katib.connectors.SourcesClient;
import dev.katib.connectors.TableRef;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.support.TestAccounts;

/**
 * An owner on a phone picks the fields a run writes back, then sends the run's signed letters by e-mail, each to
 * the address in its record, and reads what became of each one.
 */
class BatchDeliveryJourneyTests extends BrowserJourney {

	@Autowired
	DataSources sources;

	@Autowired
	SourceRecords records;

	@Autowired
	FieldMappings mappings;

	@Autowired
	WritingKnowledge knowledge;

	@Autowired
	JdbcClient jdbc;

	@Test
	void picksWriteBackFieldsAndSendsARunsSignedLettersFromAPhone() {
		var organisation = accounts.organisation();
		knowledge.seedCategories(organisation.tenantId());
		Caller owner = new Caller(organisation.tenantId(), organisation.owner().memberId(), "مالك", Set.of(Role.OWNER),
				Locale.forLanguageTag("ar"), null);
		var source = sources.connect(owner, new NewSource.BuiltIn("المدارس"));
		String tableId = sources.createTable(owner, source.id(), "Schools", List.of(new NewField("School name", "text"),
				new NewField("Email", "email"), new NewField("Letter number", "text"))).id();
		TableRef table = new TableRef(source.id(), TableRef.BUILT_IN_BASE, tableId);
		records.create(owner, table, Map.of("School name", "مدرسة الأمل", "Email", "amal-" + tableId + "@example.org"));
		records.create(owner, table, Map.of("School name", "مدرسة النور"));
		mappings.save(owner, new FieldMapping(table, Map.of(LetterField.ORGANISATION, "School name"), Map.of()));

		Page page = newPage();
		page.setViewportSize(360, 800);
		page.navigate("/signin");
		page.getByLabel("البريد الإلكتروني").fill(organisation.owner().email());
		page.getByLabel("كلمة المرور").fill(TestAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("دخول")).click();
		page.navigate("/batches?sourceId=" + source.id() + "&tableId=" + tableId);
		page.getByLabel("حقل رقم الخطاب").selectOption("Letter number");
		page.locator("#write-back").scrollIntoViewIfNeeded();
		screenshot(page, "batch-write-back-ar-360");
		assertThat(contentWidth(page)).isLessThanOrEqualTo(360);

		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		String run = api.post(organisation.owner(), "/api/v1/batches", Map.of("name", "دعوة معرض العلوم",
				"sourceId", source.id().toString(), "baseId", "local", "tableId", tableId, "category", "request",
				"language", "ar", "template", "نرجو التكرم بالموافقة على مشاركة {{School name}} في معرض العلوم",
				"submitForReview", true), 201).path("id").asString();
		api.post(organisation.owner(), "/api/v1/batches/" + run + "/start", Map.of(), 200);
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> "COMPLETED"
			.equals(api.get(organisation.owner(), "/api/v1/batches/" + run, 200).path("status").asString()));
		api.get(organisation.owner(), "/api/v1/batches/" + run + "/rows", 200).valueStream().forEach(row -> {
			api.post(organisation.owner(), "/api/v1/letters/" + row.path("letterId").asString() + "/approve", Map.of(), 200);
			api.post(organisation.owner(), "/api/v1/letters/" + row.path("letterId").asString() + "/sign", Map.of(), 200);
		});

		// paper archives each signed letter after its commit, and delivery learns of it after paper's
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
			.until(() -> jdbc.sql("SELECT count(*) FROM delivery_archived_letters WHERE tenant_id = :tenant")
				.param("tenant", organisation.tenantId()).query(Long.class).single() == 2);
		page.navigate("/batches/" + run);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("إرسال الخطابات الموقّعة")).click();
		page.getByLabel("العنوان في الحقل").selectOption("Email");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("اعرض العناوين")).click();
		assertThat(page.locator(".queue-letters")).containsText("amal-" + tableId + "@example.org");
		assertThat(page.locator(".queue-letters")).containsText("لا عنوان");
		screenshot(page, "batch-deliveries-ar-360");
		assertThat(contentWidth(page)).isLessThanOrEqualTo(360);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("أرسل خطابات الدفعة كلها (2)")).click();
		assertThat(page.locator("h1")).hasText("أترسل هذه الخطابات؟");
		screenshot(page, "batch-deliveries-confirm-ar-360");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("أرسل 2 خطابات")).click();
		assertThat(page.locator("[data-outcome=queued]")).hasCount(1);
		assertThat(page.locator(".notice")).hasText("جُدول 1، ورُفض 1.");
		screenshot(page, "batch-deliveries-done-ar-360");
		assertThat(contentWidth(page)).isLessThanOrEqualTo(360);
		assertThat(consoleErrors).isEmpty();
	}

	/**
	 * How wide the page's own content is: an owner's page also carries the warning about Katib's default address,
	 * whose unbroken address is not this page's.
	 */
	private static int contentWidth(Page page) {
		return ((Number) page.evaluate("""
				() => {
				  const boxes = [...document.querySelectorAll('main, main *')]
				    .map(e => e.getBoundingClientRect()).filter(b => b.width > 0);
				  return Math.max(...boxes.map(b => b.right)) - Math.min(...boxes.map(b => b.left));
				}""")).intValue();
	}
}
