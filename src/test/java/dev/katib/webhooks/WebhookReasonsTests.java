package dev.katib.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import dev.katib.platform.outbound.OutboundAddressPolicy;

class WebhookReasonsTests {

	private static final Locale ARABIC = Locale.forLanguageTag("ar");

	private final WebhookReasons reasons = new WebhookReasons(bundles());

	@Test
	void everyRefusalOfTheAddressCheckIsSaidInArabic() throws Exception {
		InetAddress loopback = InetAddress.getByName("127.0.0.1");
		OutboundAddressPolicy policy = new OutboundAddressPolicy(false, "katib.example.com",
				host -> host.equals("inside.example.com") ? new InetAddress[] { loopback } : new InetAddress[0]);
		String[] refused = { policy.problem("https://bad host/"), policy.problem("ftp://hooks.example.com/"),
				policy.problem("https://user:secret@hooks.example.com/"), policy.problem("https://katib.example.com/"),
				policy.problem("https://nowhere.example.com/"), policy.problem("https://inside.example.com/") };

		assertThat(refused).doesNotContainNull();
		for (String reason : refused) {
			assertThat(reasons.of(reason, ARABIC)).as(reason).isNotEqualTo(reason).containsPattern("[\\u0600-\\u06FF]");
		}
	}

	@Test
	void anAttemptsFailureIsSaidInThePagesLanguageAndAnUnknownOneAsItCame() {
		Map<String, String> said = reasons.of(Arrays.asList("The endpoint answered HTTP 500.",
				"No answer in time: SocketTimeoutException", null, "Something else"), ARABIC);

		assertThat(said).containsEntry("The endpoint answered HTTP 500.", "أجاب العنوان برمز HTTP 500.")
			.containsEntry("No answer in time: SocketTimeoutException", "لم يُجب العنوان في الوقت (SocketTimeoutException).")
			.containsEntry("Something else", "Something else");
		assertThat(reasons.of("The endpoint answered HTTP 500.", Locale.ENGLISH)).isEqualTo("The endpoint answered HTTP 500.");
	}

	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
