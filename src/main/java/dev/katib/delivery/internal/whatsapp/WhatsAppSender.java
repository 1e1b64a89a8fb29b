package dev.katib.delivery.internal.whatsapp;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import tools.jackson.databind.JsonNode;

import dev.katib.delivery.Channel;
import dev.katib.delivery.internal.ChannelSender;
import dev.katib.delivery.internal.DeliveryProblem;
import dev.katib.delivery.internal.Parcel;
import dev.katib.delivery.internal.TextMessages;

/**
 * Sends a letter's PDF as a WhatsApp document message through the organisation's own Cloud API account:
 * the PDF is uploaded as media, then sent with a caption naming the letter's verification code. A refusal
 * of the request (4xx other than 429) is permanent; a 429, a 5xx or a broken connection is retried.
 */
@Component
class WhatsAppSender implements ChannelSender, TextMessages {

	private final WhatsAppAccounts accounts;
	private final RestClient rest;

	WhatsAppSender(WhatsAppAccounts accounts) {
		this.accounts = accounts;
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
		factory.setReadTimeout(Duration.ofSeconds(60));
		this.rest = RestClient.builder().requestFactory(factory).build();
	}

	@Override
	public Channel channel() {
		return Channel.WHATSAPP;
	}

	@Override
	public boolean availableTo(UUID tenantId) {
		return accounts.shown(tenantId).isPresent();
	}

	@Override
	public @Nullable String send(Parcel parcel) {
		WhatsAppAccount account = accounts.find(parcel.tenantId())
			.orElseThrow(() -> new DeliveryProblem("The organisation has no WhatsApp account any more.", true));
		String base = account.apiUrl().replaceAll("/+$", "") + "/" + account.phoneNumberId();
		var media = new LinkedMultiValueMap<String, Object>();
		media.add("messaging_product", "whatsapp");
		media.add("type", "application/pdf");
		media.add("file", new ByteArrayResource(parcel.pdf()) {
			@Override
			public String getFilename() {
				return parcel.fileName();
			}
		});
		JsonNode uploaded = call(() -> rest.post().uri(base + "/media")
			.headers(headers -> headers.setBearerAuth(account.token()))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(media)
			.retrieve()
			.body(JsonNode.class));
		String mediaId = uploaded == null ? "" : uploaded.path("id").asString("");
		if (mediaId.isEmpty()) {
			throw new DeliveryProblem("WhatsApp took the PDF but gave no media id.", false);
		}
		JsonNode sent = call(() -> rest.post().uri(base + "/messages")
			.headers(headers -> headers.setBearerAuth(account.token()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("messaging_product", "whatsapp", "recipient_type", "individual", "to", parcel.recipient(),
					"type", "document", "document", Map.of("id", mediaId, "filename", parcel.fileName(), "caption",
							"خطاب رقم التحقق " + parcel.verificationCode() + " | Letter, verification code "
									+ parcel.verificationCode())))
			.retrieve()
			.body(JsonNode.class));
		String messageId = sent == null ? "" : sent.path("messages").path(0).path("id").asString("");
		if (messageId.isEmpty()) {
			throw new DeliveryProblem("WhatsApp answered without the message's id.", false);
		}
		return messageId;
	}

	@Override
	public String sendText(UUID tenantId, String phone, String text) {
		WhatsAppAccount account = accounts.find(tenantId)
			.orElseThrow(() -> new DeliveryProblem("The organisation has no WhatsApp account.", true));
		JsonNode sent = call(() -> rest.post().uri(account.apiUrl().replaceAll("/+$", "") + "/"
				+ account.phoneNumberId() + "/messages")
			.headers(headers -> headers.setBearerAuth(account.token()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("messaging_product", "whatsapp", "recipient_type", "individual", "to", phone, "type", "text",
					"text", Map.of("body", text.length() > 4000 ? text.substring(0, 4000) : text)))
			.retrieve()
			.body(JsonNode.class));
		return sent == null ? "" : sent.path("messages").path(0).path("id").asString("");
	}

	private static JsonNode call(java.util.function.Supplier<JsonNode> request) {
		try {
			return request.get();
		}
		catch (RestClientResponseException refused) {
			int status = refused.getStatusCode().value();
			String reason = refused.getResponseBodyAsString();
			String detail = "WhatsApp answered " + status + ": " + (reason.length() > 300 ? reason.substring(0, 300) : reason);
			throw new DeliveryProblem(detail, status >= 400 && status < 500 && status != 429 && status != 408, refused);
		}
		catch (RestClientException unreachable) {
			throw new DeliveryProblem("WhatsApp could not be reached: " + unreachable.getMessage(), false, unreachable);
		}
	}
}
