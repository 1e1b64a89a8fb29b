package dev.katib.delivery.internal.whatsapp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.delivery.internal.DeliveryJobs;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Where WhatsApp reports what became of the messages an organisation sent: Meta checks the URL once with
 * the organisation's verify token, then posts status reports signed with the app's secret
 * ({@code X-Hub-Signature-256}). A report whose signature does not verify is refused and changes nothing.
 */
@RestController
@Tag(name = "Delivery")
class WhatsAppCallbacksApi {

	static final String PATH = "/api/v1/delivery/whatsapp/callbacks/{callbackId}";
	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final int MAX_BODY = 100_000;

	private final WhatsAppAccounts accounts;
	private final DeliveryJobs jobs;

	WhatsAppCallbacksApi(WhatsAppAccounts accounts, DeliveryJobs jobs) {
		this.accounts = accounts;
		this.jobs = jobs;
	}

	@SecurityRequirements
	@GetMapping(path = PATH, produces = MediaType.TEXT_PLAIN_VALUE)
	@Operation(summary = "Answer Meta's check of the callback URL with its challenge, when the verify token is the organisation's")
	ResponseEntity<String> verify(@PathVariable String callbackId,
			@RequestParam(name = "hub.mode", defaultValue = "") String mode,
			@RequestParam(name = "hub.verify_token", defaultValue = "") String verifyToken,
			@RequestParam(name = "hub.challenge", defaultValue = "") String challenge) {
		WhatsAppAccount account = account(callbackId);
		boolean same = MessageDigest.isEqual(account.verifyToken().getBytes(StandardCharsets.UTF_8),
				verifyToken.getBytes(StandardCharsets.UTF_8));
		if (!"subscribe".equals(mode) || !same || !challenge.matches("[A-Za-z0-9_-]{1,200}")) {
			throw new KatibException(ProblemType.FORBIDDEN, "The verify token is not this organisation's.");
		}
		return ResponseEntity.ok(challenge);
	}

	@SecurityRequirements
	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Receive WhatsApp's status reports of sent letters, signed with the app's secret")
	ResponseEntity<Void> statuses(@PathVariable String callbackId, @RequestBody byte[] body,
			@RequestHeader(name = "X-Hub-Signature-256", defaultValue = "") String signature) {
		WhatsAppAccount account = account(callbackId);
		if (body.length > MAX_BODY || !signedBy(account.appSecret(), body, signature)) {
			throw new KatibException(ProblemType.UNAUTHORIZED, "The report's signature does not verify.");
		}
		UUID tenantId = accounts.byCallback(callbackId).orElseThrow();
		JsonNode report;
		try {
			report = JSON.readTree(body);
		}
		catch (RuntimeException unreadable) {
			throw new KatibException(ProblemType.VALIDATION_FAILED, "The report is not JSON.");
		}
		for (JsonNode entry : report.path("entry")) {
			for (JsonNode change : entry.path("changes")) {
				for (JsonNode status : change.path("value").path("statuses")) {
					String id = status.path("id").asString("");
					String state = status.path("status").asString("");
					// WhatsApp gives the moment as a string of epoch seconds
					String seconds = status.path("timestamp").asString("");
					if (!id.isEmpty() && !state.isEmpty() && seconds.matches("[0-9]{1,12}")) {
						jobs.reported(tenantId, id, state, Instant.ofEpochSecond(Long.parseLong(seconds)));
					}
				}
			}
		}
		return ResponseEntity.status(HttpStatus.OK).build();
	}

	private WhatsAppAccount account(String callbackId) {
		return accounts.byCallback(callbackId.length() > 64 ? "" : callbackId)
			.flatMap(accounts::find)
			.orElseThrow(() -> KatibException.notFound("The callback"));
	}

	static boolean signedBy(String appSecret, byte[] body, String header) {
		if (!header.startsWith("sha256=")) {
			return false;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] expected = mac.doFinal(body);
			return MessageDigest.isEqual(expected, HexFormat.of().parseHex(header.substring(7)));
		}
		catch (IllegalArgumentException notHex) {
			return false;
		}
		catch (GeneralSecurityException unavailable) {
			throw new IllegalStateException("HMAC-SHA256 is not available", unavailable);
		}
	}
}
