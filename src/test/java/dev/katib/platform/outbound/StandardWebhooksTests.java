package dev.katib.platform.outbound;


import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StandardWebhooksTests {

	// the example of the Standard Webhooks specification's reference libraries
	private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
	private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
	private static final long TIMESTAMP = 1614265330L;
	private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

	@Test
	void signsAsTheStandardWebhooksReferenceDoes() {
		assertThat(StandardWebhooks.sign(SECRET, ID, TIMESTAMP, BODY))
			.isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
	}

	@Test
	void aReceiverAcceptsAnyOfSeveralSignaturesAndRejectsAChangedBody() {
		String header = "v1,bm90LXRoaXMtb25l " + StandardWebhooks.sign(SECRET, ID, TIMESTAMP, BODY);
		assertThat(StandardWebhooks.verify(SECRET, ID, TIMESTAMP, BODY, header)).isTrue();
		assertThat(StandardWebhooks.verify(SECRET, ID, TIMESTAMP, "{\"test\": 1}".getBytes(StandardCharsets.UTF_8), header))
			.isFalse();
		assertThat(StandardWebhooks.verify(SECRET, ID, TIMESTAMP + 1, BODY, header)).isFalse();
		assertThat(StandardWebhooks.verify(SECRET, ID, TIMESTAMP, BODY, "v1,%%%")).isFalse();
	}

	@Test
	void newSecretsCarryThePrefixAndSignMessages() {
		String secret = StandardWebhooks.newSecret(new SecureRandom());
		assertThat(secret).startsWith("whsec_");
		String signature = StandardWebhooks.sign(secret, ID, TIMESTAMP, BODY);
		assertThat(StandardWebhooks.verify(secret, ID, TIMESTAMP, BODY, signature)).isTrue();
	}
}
