package dev.katib.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Role;
import dev.katib.ai.ModelGateway;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.FieldMapping;
import dev.katib.connectors.FieldMappings;
import dev.katib.connectors.LetterField;
import dev.katib.connectors.NewField;
import dev.katib.connectors.NewSource;
import dev.katib.connectors.SourceRecords;
import dev.katib.connectors.TableRef;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.support.ModelGatewaySwitch;
import dev.katib.support.SlowModel;
import dev.katib.support.TestAccounts;

/**
 * A writer builds a batch run from a table on a phone, previews it with its estimate, starts it, watches its
 * progress pushed to the page, pauses and resumes it, and opens a drafted letter.
 */
class BatchRunJourneyTests extends BrowserJourney {

	@Autowired
	DataSources sources;

	@Autowired
	SourceRecords records;

	@Autowired
	FieldMappings mappings;

	@Autowired
	WritingKnowledge knowledge;

	@Autowired
	ModelGatewaySwitch gateways;

	@Autowired
	@Qualifier("modelGateway")
	ModelGateway offline;

	@Test
	void buildsPreviewsStartsPausesAndResumesARunAndOpensADraftedLetter() throws Exception {
		var organisation = accounts.organisation();
		knowledge.seedCategories(organisation.tenantId());
		Caller owner = new Caller(organisation.tenantId(), organisation.owner().memberId(), "مالك", Set.of(Role.OWNER),
				Locale.forLanguageTag("ar"), null);
		var source = sources.connect(owner, new NewSource.BuiltIn("المدارس"));
		String tableId = sources.createTable(owner, source.id(), "Schools",
				List.of(new NewField("School name", "text"), new NewField("City", "text"))).id();
		TableRef table = new TableRef(source.id(), TableRef.BUILT_IN_BASE, tableId);
		IntStream.rangeClosed(1, 40).forEach(n -> records.create(owner, table,
				Map.of("School name", "مدرسة الأمل " + n, "City", "جدة")));
		mappings.save(owner, new FieldMapping(table, Map.of(LetterField.ORGANISATION, "School name"), Map.of()));

		Page page = newPage();
		page.setViewportSize(360, 800);
		page.navigate("/signin");
		// a writer: owners also see the warning about Katib's default address, which is not this page's
		page.getByLabel("البريد الإلكتروني").fill(accounts.member(organisation, Role.WRITER).email());
		page.getByLabel("كلمة المرور").fill(TestAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("دخول")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("القائمة")).click();
		screenshot(page, "batch-menu-ar-360");
		page.locator("#site-nav").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
			.setName("الدفعات")).click();

		page.getByLabel("الاسم", new Page.GetByLabelOptions().setExact(true)).fill("دعوة معرض العلوم");
		page.getByLabel("معرّف الجدول").fill(tableId);
		page.getByLabel("الطلب لكل خطاب").fill("نرجو التكرم بالموافقة على مشاركة {{School name}} من مدينة {{City}} في معرض العلوم");
		assertThat(pageWidth(page)).isLessThanOrEqualTo(360);
		screenshot(page, "batch-new-ar-360");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إنشاء الدفعة")).click();

		assertThat(page.locator("h1")).hasText("دعوة معرض العلوم");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("معاينة ثلاثة خطابات")).click();
		assertThat(page.locator(".batch-preview li")).hasCount(3);
		// the estimate of the whole run, from the preview letters' usage, and whether the quota covers it
		assertThat(page.locator(".batch-estimate")).containsText("تقدير الدفعة كاملة");
		assertThat(page.locator(".batch-estimate")).containsText(java.util.regex.Pattern.compile("(40|٤٠)"));
		assertThat(page.locator(".batch-estimate")).containsText("حصة هذا الشهر تكفي الدفعة.");
		try (var slow = gateways.use(SlowModel.around(offline, Duration.ofMillis(300)))) {
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ابدأ")).click();
			assertThat(page.locator("#batch-progress .status-badge")).hasText("قيد التشغيل");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إيقاف مؤقت")).click();
			assertThat(page.locator("#batch-progress .status-badge")).hasText("متوقفة مؤقتًا");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("استئناف")).click();
			// the progress is pushed to the page as server-sent events while the run runs, until it completes
			assertThat(page.locator("#batch-live")).hasAttribute("sse-connect",
					java.util.regex.Pattern.compile("/batches/[0-9a-f-]+/events"));
			assertThat(page.locator("#batch-progress .status-badge")).hasText("مكتملة",
					new LocatorAssertions.HasTextOptions().setTimeout(60_000));
		}
		assertThat(page.locator("#batch-progress")).containsText(java.util.regex.Pattern.compile("اكتمل (40|٤٠) من (40|٤٠)"));
		assertThat(pageWidth(page)).isLessThanOrEqualTo(360);
		screenshot(page, "batch-run-ar-360");

		page.reload();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("فتح الخطاب")).first().click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/letters/[0-9a-f-]+$"));
		assertThat(consoleErrors).isEmpty();
	}


	private static int pageWidth(Page page) {
		return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
	}
}
