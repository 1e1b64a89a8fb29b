package dev.katib.letters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Role;
import dev.katib.letters.DraftLetter;
import dev.katib.letters.LetterView;
import dev.katib.letters.Letters;
import dev.katib.letters.RecipientInput;
import dev.katib.knowledge.Gender;
import dev.katib.knowledge.Language;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.Account;
import dev.katib.support.TestAccounts.TestOrganisation;

/** The writer's letter pages over HTTP with a session: the form, the letter page, hand edits and their errors. */
class LetterPagesIntegrationTests extends IntegrationTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
	private static final String REQUEST = "نرجو التكرم بتزويدنا بتقرير الربع الثالث للمشروع";

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	Letters letters;

	@Autowired
	WritingKnowledge knowledge;

	@Test
	void theNewLetterFormOpensTheLetterAndItsPageShowsTheDraftLaidOutInArabic() throws Exception {
		TestOrganisation organisation = accounts.organisation();
		knowledge.seedCategories(organisation.tenantId());
		String cookie = accounts.sessionCookie(baseUrl(), accounts.member(organisation, Role.WRITER));
		HttpResponse<String> form = get("/letters/new", cookie);
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("خطاب جديد").contains("طلب");

		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("category", "request");
		fields.put("language", "ar");
		fields.put("recipientId", "new");
		fields.put("recipientHonorific", "saada");
		fields.put("recipientGender", "FEMALE");
		fields.put("recipientJobTitle", "مديرة إدارة المشاريع");
		fields.put("recipientOrganisation", "هيئة تطوير المدن");
		fields.put("request", REQUEST);
		fields.put("linkedId", "");
		fields.put("linkKind", "REPLY");
		fields.put("idempotencyKey", UUID.randomUUID().toString());
		HttpResponse<String> created = post("/letters", cookie, csrf(form), fields);

		assertThat(created.statusCode()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/letters/[0-9a-f-]{36}");
		HttpResponse<String> page = get(URI.create(location).getPath(), cookie);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("dir=\"rtl\"")
			.contains("بسم الله الرحمن الرحيم")
			.contains("سعادة مديرة إدارة المشاريع")
			.contains("سلمها الله")
			.contains("السلام عليكم ورحمة الله وبركاته")
			.contains("صيغ دون ذكاء اصطناعي")
			.contains("تعديل الخطاب يدويًا");
		assertThat(get("/letters", cookie).body()).contains(URI.create(location).getPath());
	}

	@Test
	void anEnglishLetterIsLaidOutLeftToRightWithItsSubjectLineAndNoBasmala() throws Exception {
		TestOrganisation organisation = accounts.organisation();
		Account writer = accounts.member(organisation, Role.WRITER);
		knowledge.seedCategories(organisation.tenantId());
		LetterView letter = letters.draft(caller(writer, organisation),
				new DraftLetter("request", Language.ENGLISH,
						new RecipientInput("John Smith", "doctor", "Director of Finance", Gender.MALE, "Acme Ltd"), null,
						"Please send us the third-quarter report of the project", null, null),
				null);
		String cookie = accounts.sessionCookie(baseUrl(), writer);

		HttpResponse<String> page = get("/letters/" + letter.id() + "?lang=en", cookie);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("lang=\"en\" dir=\"ltr\"")
			.contains("Dr John Smith")
			.contains("Subject")
			.contains("Drafted without AI")
			.doesNotContain("بسم الله الرحمن الرحيم");
	}

	@Test
	void theLanguageSwitchKeepsTheSearchThePageWasAskedFor() throws Exception {
		TestOrganisation organisation = accounts.organisation();
		String cookie = accounts.sessionCookie(baseUrl(), accounts.member(organisation, Role.WRITER));

		String english = get("/letters?q=%D8%AA%D9%82%D8%B1%D9%8A%D8%B1&status=DRAFT&lang=en", cookie).body();
		String arabic = get("/letters?q=%D8%AA%D9%82%D8%B1%D9%8A%D8%B1&status=DRAFT&lang=ar", cookie).body();

		assertThat(english).contains("href=\"/letters?q=%D8%AA%D9%82%D8%B1%D9%8A%D8%B1&amp;status=DRAFT&amp;lang=ar\"");
		assertThat(arabic).contains("href=\"/letters?q=%D8%AA%D9%82%D8%B1%D9%8A%D8%B1&amp;status=DRAFT&amp;lang=en\"");
	}

	@Test
	void anUnknownLetterIsANotFoundPage() throws Exception {
		TestOrganisation organisation = accounts.organisation();
		String cookie = accounts.sessionCookie(baseUrl(), accounts.member(organisation, Role.WRITER));

		HttpResponse<String> page = get("/letters/" + UUID.randomUUID(), cookie);

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("الصفحة غير موجودة");
	}

	@Test
	void anotherOrganisationsLetterIsANotFoundPageAndCannotBeEdited() throws Exception {
		TestOrganisation theirs = accounts.organisation();
		LetterView letter = draft(theirs, accounts.member(theirs, Role.WRITER));
		TestOrganisation ours = accounts.organisation();
		String cookie = accounts.sessionCookie(baseUrl(), accounts.member(ours, Role.WRITER));
		String csrf = csrf(get("/letters", cookie));

		HttpResponse<String> page = get("/letters/" + letter.id(), cookie);
		HttpResponse<String> edit = post("/letters/" + letter.id() + "/content", cookie, csrf,
				edit(1, "فقرة من جهة أخرى"));

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("الصفحة غير موجودة").doesNotContain(REQUEST);
		assertThat(edit.statusCode()).isEqualTo(404);
		assertThat(letters.versions(caller(theirs.owner(), theirs), letter.id())).hasSize(1);
	}

	@Test
	void aStaleEditShowsAConflictMessageAndKeepsWhatTheWriterTyped() throws Exception {
		TestOrganisation organisation = accounts.organisation();
		Account writer = accounts.member(organisation, Role.WRITER);
		LetterView letter = draft(organisation, writer);
		String cookie = accounts.sessionCookie(baseUrl(), writer);
		String csrf = csrf(get("/letters/" + letter.id(), cookie));

		HttpResponse<String> first = post("/letters/" + letter.id() + "/content", cookie, csrf,
				edit(1, "نرجو إرسال التقرير في موعد أقصاه نهاية الشهر"));
		HttpResponse<String> stale = post("/letters/" + letter.id() + "/content", cookie, csrf,
				edit(1, "فقرة كتبها زميل آخر على النسخة الأولى"));

		assertThat(first.statusCode()).isEqualTo(302);
		assertThat(first.headers().firstValue("Location").orElseThrow()).endsWith("?saved=2");
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("فأصبحت النسخة 2 هي الحالية")
			.contains("فقرة كتبها زميل آخر على النسخة الأولى")
			.contains("name=\"basedOn\" value=\"2\"");
		assertThat(letters.versions(caller(writer, organisation), letter.id())).hasSize(2);
	}

	private LetterView draft(TestOrganisation organisation, Account writer) {
		knowledge.seedCategories(organisation.tenantId());
		return letters.draft(caller(writer, organisation),
				new DraftLetter("request", Language.ARABIC,
						new RecipientInput("خالد العتيبي", "saada", "مدير عام الشؤون المالية", Gender.MALE, "وزارة المالية"),
						null, REQUEST, null, null),
				null);
	}

	private static Caller caller(Account account, TestOrganisation organisation) {
		return new Caller(organisation.tenantId(), account.memberId(), "Writer", account.roles().isEmpty()
				? Set.of(Role.WRITER) : account.roles(), Locale.forLanguageTag("ar"), null);
	}

	private static Map<String, String> edit(int basedOn, String paragraph) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("basedOn", Integer.toString(basedOn));
		fields.put("subject", "طلب تقرير الربع الثالث");
		fields.put("greeting", "السلام عليكم ورحمة الله وبركاته");
		fields.put("paragraphs", paragraph);
		fields.put("closing", "وتقبلوا فائق الاحترام والتقدير ،،،");
		return fields;
	}

	private static String csrf(HttpResponse<String> page) {
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).as("a CSRF token on the page").isTrue();
		return csrf.group(1);
	}

	private HttpResponse<String> get(String path, String cookie) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Cookie", cookie)
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String cookie, String csrf, Map<String, String> fields)
			throws Exception {
		String form = fields.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&")) + "&_csrf=" + csrf;
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}
}
