package dev.katib.delivery.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.accounts.RequiresPermission;
import dev.katib.delivery.Channel;
import dev.katib.delivery.Deliveries;
import dev.katib.delivery.Delivery;

/** Sending a signed letter's archived PDF, and what became of each sending, over the API. */
@RestController
@RequestMapping("/api/v1/letters/{letterId}/deliveries")
@Tag(name = "Delivery")
@Validated
class DeliveriesApi {

	private final Deliveries deliveries;
	private final Callers callers;

	DeliveriesApi(Deliveries deliveries, Callers callers) {
		this.deliveries = deliveries;
		this.callers = callers;
	}

	/**
	 * Where to send the letter.
	 *
	 * @param channel {@code EMAIL} (or {@code WHATSAPP} where the installation can send by WhatsApp)
	 * @param recipient an e-mail address, or a phone number in international form for WhatsApp
	 */
	record DeliveryRequest(@NotNull Channel channel, @NotNull @Size(min = 3, max = 320) String recipient) {
	}

	@RequiresPermission(Permission.MANAGE_LETTERS)
	@PostMapping
	@Operation(summary = "Send a signed letter's archived PDF; it is queued at once and retried until it goes or fails")
	@ApiResponse(responseCode = "202", description = "Queued", useReturnTypeSchema = true)
	ResponseEntity<Delivery> send(@PathVariable UUID letterId, @Valid @RequestBody DeliveryRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
		Delivery queued = deliveries.deliver(callers.current(), letterId, request.channel(), request.recipient(),
				idempotencyKey);
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/letters/" + letterId + "/deliveries"))
			.body(queued);
	}

	@RequiresPermission(Permission.READ_LETTERS)
	@GetMapping
	@Operation(summary = "List a letter's deliveries, newest first, with every attempt")
	List<Delivery> list(@PathVariable UUID letterId) {
		return deliveries.ofLetter(callers.current(), letterId);
	}
}
