package dev.katib.automation.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import dev.katib.accounts.Role;
import dev.katib.connectors.SourcesClient;
import dev.katib.support.IntegrationTest;
import dev.katib.support.PageClient;
import dev.katib.support.SharedGreenMail;

/**
 * A run's signed letters are sent together from its page, each to the address in its record's field: the sender
 * picks the field, confirms the list of letters and addresses, and reads what became of each one.
 */
class RunDeliveryPagesIntegrationTests extends IntegrationTest {

	private static final Pattern LETTER = Pattern.compile("name=\"letterIds\" value=\"([0-9a-f-]{36})\"");

	@Autowired
	ApplicationContext context;

	@Test
	void theSignedLettersOfARunAreSentToTheAddressesInTheirRecords() throws Exception {
		SignedRunFixture run = SignedRunFixture.signed(context, baseUrl(), new SourcesClient(baseUrl(), accounts),
				accounts.organisation(), 3);
		PageClient page = new PageClient(baseUrl(), accounts, run.organisation().owner());
		String path = "/batches/" + run.runId() + "/deliveries";

		assertThat(page.get("/batches/" + run.runId() + "?lang=en").body()).contains("Send the signed letters", path);
		String letters = page.get(path + "?lang=en").body();
		assertThat(letters).contains("مدرسة النور 1", "مدرسة النور 3", "Choose a field", "Email", "School name");
		String shown = page.get(path + "?lang=en&channel=EMAIL&field=Email").body();
		assertThat(shown).contains(run.emails().get(0), run.emails().get(1), "No address",
				"Send all 3 letters of this run");
		String all = ids(shown);

		String confirm = page.post(path + "/confirm?lang=en", "channel=EMAIL&field=Email&" + all).body();
		assertThat(confirm).contains("Send these letters?", "3 letters are sent by E-mail", run.emails().get(0),
				run.emails().get(1), "No address in this field", "Send 3 letters");
		assertThat(SignedRunFixture.queued(context, run.organisation())).as("nothing is sent before it is confirmed")
			.isZero();
		String key = field(confirm, "key");

		String done = page.post(path + "/send?lang=en", "channel=EMAIL&field=Email&key=" + key + "&" + all).body();
		assertThat(done).contains("2 queued, 1 refused.", "Queued", "its record has no value in this field");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> messageTo(run.emails().get(0)) != null && messageTo(run.emails().get(1)) != null);

		page.get(path + "?lang=ar");
		assertThat(page.post(path + "/send?lang=ar", "channel=EMAIL&field=Email&key=" + key + "&" + all).body())
			.as("the same confirmation sent twice queues nothing twice")
			.contains("جُدول 2، ورُفض 1.");
		assertThat(SignedRunFixture.queued(context, run.organisation())).isEqualTo(2);
	}

	@Test
	void hostileInputIsRefusedReadablyAndQueuesNothing() {
		SignedRunFixture run = SignedRunFixture.signed(context, baseUrl(), new SourcesClient(baseUrl(), accounts),
				accounts.organisation(), 2);
		PageClient page = new PageClient(baseUrl(), accounts, run.organisation().owner());
		String path = "/batches/" + run.runId() + "/deliveries";
		String all = ids(page.get(path + "?lang=en&field=Email").body());

		assertThat(page.post(path + "/confirm?lang=en", "channel=PIGEON&field=Email&" + all).body())
			.contains("Please check the form.", "channel must be EMAIL or WHATSAPP");
		assertThat(page.post(path + "/send?lang=en", "channel=EMAIL&field=Nowhere&" + all).body())
			.contains("Please check the form.", "no field named");
		String tooMany = IntStream.range(0, RunDeliveries.MAX_LETTERS + 1)
			.mapToObj(n -> "letterIds=" + UUID.randomUUID()).collect(Collectors.joining("&"));
		assertThat(page.post(path + "/send?lang=en", "channel=EMAIL&field=Email&" + tooMany).body())
			.contains("Please check the form.", "At most 200 letters");
		assertThat(page.post(path + "/send?lang=en", "channel=EMAIL&field=Email").body())
			.contains("Choose at least one letter.");
		assertThat(page.post(path + "/send?lang=en", "channel=EMAIL&field=Em%00ail&" + all).statusCode())
			.as("a NUL character").isEqualTo(400);
		assertThat(page.post(path + "/send?lang=en", "channel=EMAIL&field=%ED%A0%80&" + all).statusCode())
			.as("an unpaired surrogate").isEqualTo(400);
		assertThat(page.post(path + "/send?lang=en", "channel=EMAIL&field=Email&letterIds=not-a-letter").statusCode())
			.isEqualTo(400);
		assertThat(page.post(path + "/send?lang=en", "channel=EMAIL&field=Email&letterIds=" + UUID.randomUUID()).body())
			.contains("0 queued, 1 refused.", "not a signed letter of this run");
		assertThat(SignedRunFixture.queued(context, run.organisation())).isZero();
	}

	@Test
	void anotherOrganisationsRunIsNotFoundAndWritersMayNotSend() {
		SignedRunFixture run = SignedRunFixture.ready(context, accounts.organisation(), 1);
		String path = "/batches/" + run.runId() + "/deliveries";
		PageClient stranger = new PageClient(baseUrl(), accounts, accounts.organisation().owner());
		stranger.get("/batches?lang=en");

		assertThat(stranger.get(path).statusCode()).isEqualTo(404);
		assertThat(stranger.post(path + "/confirm", "channel=EMAIL&field=Email&letterIds=" + UUID.randomUUID())
			.statusCode()).isEqualTo(404);
		assertThat(stranger.post(path + "/send", "channel=EMAIL&field=Email&letterIds=" + UUID.randomUUID())
			.statusCode()).isEqualTo(404);
		PageClient writer = new PageClient(baseUrl(), accounts, accounts.member(run.organisation(), Role.WRITER));
		assertThat(writer.get(path).statusCode()).isEqualTo(403);
		PageClient owner = new PageClient(baseUrl(), accounts, run.organisation().owner());
		assertThat(owner.get(path + "?lang=en").body()).contains("This run has no signed letters yet.");
	}

	private static String ids(String page) {
		Matcher found = LETTER.matcher(page);
		java.util.Set<String> ids = new java.util.LinkedHashSet<>();
		while (found.find()) {
			ids.add("letterIds=" + found.group(1));
		}
		assertThat(ids).as("letters to choose on the page").isNotEmpty();
		return String.join("&", ids);
	}

	private static String field(String page, String name) {
		Matcher found = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(page);
		assertThat(found.find()).as("a field %s on the page", name).isTrue();
		return URLEncoder.encode(found.group(1), StandardCharsets.UTF_8);
	}

	private static MimeMessage messageTo(String to) throws Exception {
		for (MimeMessage message : SharedGreenMail.get().getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(to)) {
				return message;
			}
		}
		return null;
	}
}
