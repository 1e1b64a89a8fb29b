package dev.katib.review;

import dev.katib.letters.LetterStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.accounts.Role;
import dev.katib.letters.LetterRecords;
import dev.katib.letters.Signature;
import dev.katib.letters.LetterHistory;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts;
import dev.katib.support.TestAccounts.Account;
import dev.katib.support.TestAccounts.TestOrganisation;

class SigningIntegrationTests extends IntegrationTest {

	@Autowired
	dev.katib.letters.LetterFixtures letterFixtures;

	@Autowired
	LetterHistory history;

	@Autowired
	LetterRecords records;

	@Autowired
	JdbcClient jdbc;

	WorkflowLetters letters;

	TestOrganisation organisation;

	Account writer;

	Account signer;

	@BeforeEach
	void organisation() {
		letters = new WorkflowLetters(letterFixtures, jdbc);
		organisation = accounts.organisation();
		writer = accounts.member(organisation, Role.WRITER);
		signer = accounts.member(organisation, Role.SIGNER);
	}

	@Test
	void refusesAFileThatIsNotAnImage() {
		var problem = upload(signer, "signature", MediaType.IMAGE_PNG, "not a picture".getBytes(StandardCharsets.UTF_8),
				400);
		assertThat(problem).containsEntry("type", "urn:katib:problem:invalid-image");
	}

	@Test
	void refusesAnImageTooLargeOrTooWide() throws IOException {
		byte[] noise = png(500, 500, true);
		assertThat(noise.length).isGreaterThan(ProfileImage.MAX_BYTES);

		assertThat(upload(signer, "stamp", MediaType.IMAGE_PNG, noise, 413)).containsEntry("type",
				"urn:katib:problem:payload-too-large");
		assertThat(upload(signer, "signature", MediaType.IMAGE_PNG, png(2100, 80, false), 400)).containsEntry("type",
				"urn:katib:problem:invalid-image");
		client().get()
			.uri("/api/v1/me/signature")
			.header("Authorization", accounts.bearer(signer))
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void onlyThoseWhoSignKeepSignatureImages() throws IOException {
		upload(writer, "signature", MediaType.IMAGE_PNG, png(300, 100, false), 403);
	}

	@Test
	void signsWithTheSignersImagesAsTheyWereAndRecordsWhoWhenAndWhichVersion() throws IOException {
		byte[] signature = png(300, 100, false);
		byte[] stamp = png(200, 200, false);
		assertThat(upload(signer, "signature", MediaType.IMAGE_PNG, signature, 200)).containsEntry("contentType",
				"image/png");
		upload(signer, "stamp", MediaType.IMAGE_PNG, stamp, 200);
		UUID letter = letters.in(writer, LetterStatus.APPROVED);

		var signed = transition(signer, letter, "sign", Map.of(), 200);
		client().delete()
			.uri("/api/v1/me/signature")
			.header("Authorization", accounts.bearer(signer))
			.exchange()
			.expectStatus()
			.isNoContent();

		assertThat(signed).containsEntry("status", "SIGNED");
		Signature recorded = records.signature(organisation.tenantId(), letter).orElseThrow();
		assertThat(recorded.signerId()).isEqualTo(signer.memberId());
		assertThat(recorded.versionNumber()).isEqualTo(1);
		assertThat(recorded.image()).isEqualTo(signature);
		assertThat(recorded.stamp()).isEqualTo(stamp);
		assertThat(recorded.electronic()).isFalse();
		assertThat(records.signature(UUID.randomUUID(), letter)).isEmpty();
	}

	@Test
	void aSignerWithoutAnImageSignsElectronicallyWithTheirName() {
		UUID letter = letters.in(writer, LetterStatus.APPROVED);

		transition(signer, letter, "sign", Map.of(), 200);

		Signature recorded = records.signature(organisation.tenantId(), letter).orElseThrow();
		assertThat(recorded.electronic()).isTrue();
		assertThat(recorded.name()).startsWith("Member ");
	}

	@Test
	void signingAsksForThePasswordWhenTheOrganisationWantsIt() {
		client().put()
			.uri("/api/v1/letter-settings")
			.header("Authorization", accounts.bearer(organisation.owner()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("reviewOptionalFor", List.of(), "writersApproveOwn", false, "numberingAt", "APPROVAL",
					"numberPrefix", "OUT", "numberCalendar", "HIJRI", "numberWidth", 6, "signRequiresPassword", true))
			.exchange()
			.expectStatus()
			.isOk();
		UUID letter = letters.in(writer, LetterStatus.APPROVED);

		assertThat(transition(signer, letter, "sign", Map.of(), 400)).containsEntry("type",
				"urn:katib:problem:validation-failed");
		// a wrong password answers as it does when changing a password: 400 validation-failed naming the field
		assertThat(transition(signer, letter, "sign", Map.of("password", "not my password"), 400))
			.containsEntry("type", "urn:katib:problem:validation-failed")
			.containsEntry("field", "password");
		assertThat(letters.status(letter)).isEqualTo("APPROVED");
		assertThat(transition(signer, letter, "sign", Map.of("password", TestAccounts.PASSWORD), 200))
			.containsEntry("status", "SIGNED");
	}

	@Test
	void wrongPasswordsAtSigningLockTheSignerOutLikeFailedSignIns() {
		client().put()
			.uri("/api/v1/letter-settings")
			.header("Authorization", accounts.bearer(organisation.owner()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("reviewOptionalFor", List.of(), "writersApproveOwn", false, "numberingAt", "APPROVAL",
					"numberPrefix", "OUT", "numberCalendar", "HIJRI", "numberWidth", 6, "signRequiresPassword", true))
			.exchange()
			.expectStatus()
			.isOk();
		UUID letter = letters.in(writer, LetterStatus.APPROVED);

		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(transition(signer, letter, "sign", Map.of("password", "guess " + attempt), 400))
				.containsEntry("type", "urn:katib:problem:validation-failed").containsEntry("field", "password");
		}

		// even the right password is refused while the lock lasts, and the letter stays unsigned
		assertThat(transition(signer, letter, "sign", Map.of("password", TestAccounts.PASSWORD), 429))
			.containsEntry("type", "urn:katib:problem:rate-limited");
		assertThat(letters.status(letter)).isEqualTo("APPROVED");
	}

	private Map<String, Object> upload(Account account, String image, MediaType type, byte[] bytes, int expected) {
		return client().put()
			.uri("/api/v1/me/{image}", image)
			.header("Authorization", accounts.bearer(account))
			.contentType(type)
			.body(bytes)
			.exchange()
			.expectStatus()
			.isEqualTo(expected)
			.expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private Map<String, Object> transition(Account account, UUID letter, String action, Map<String, String> body, int expected) {
		return client().post()
			.uri("/api/v1/letters/{id}/{action}", letter, action)
			.header("Authorization", accounts.bearer(account))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isEqualTo(expected)
			.expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	static byte[] png(int width, int height, boolean noise) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(width * 31L + height);
		for (int x = 0; x < width; x++) {
			for (int y = 0; y < height; y++) {
				image.setRGB(x, y, noise ? random.nextInt() : (x + y) % 7 == 0 ? 0x1a3c6e : 0xffffff);
			}
		}
		var out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}
