package dev.katib.delivery.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.accounts.RequiresPermission;
import dev.katib.delivery.Channel;
import dev.katib.delivery.Deliveries;
import dev.katib.delivery.Delivery;
import dev.katib.platform.Inputs;
import dev.katib.platform.KatibException;

/**
 * Sending many signed letters at once, each as {@code POST /api/v1/letters/{id}/deliveries} would send it: one
 * refused letter (not signed and archived, a wrong address) does not stop the others.
 */
@RestController
@RequestMapping("/api/v1/deliveries")
@Tag(name = "Delivery")
@Validated
class BulkDeliveriesApi {

	static final int MAX_LETTERS = 200;

	private final Deliveries deliveries;
	private final Callers callers;

	BulkDeliveriesApi(Deliveries deliveries, Callers callers) {
		this.deliveries = deliveries;
		this.callers = callers;
	}

	/** One letter to send, and where. */
	record Item(@NotNull UUID letterId, @NotNull Channel channel, @NotNull @Size(min = 3, max = 320) String recipient) {
	}

	/** The letters to send. */
	record BulkRequest(@NotEmpty @Size(max = MAX_LETTERS) List<@NotNull @Valid Item> deliveries) {
	}

	/**
	 * What became of each letter, in the order asked: {@code QUEUED} with its delivery, or {@code REFUSED} with
	 * its problem detail.
	 */
	record Outcome(UUID letterId, String outcome, @Nullable Delivery delivery, @Nullable Map<String, Object> problem) {
	}

	/** How many were queued and refused, and each letter's outcome. */
	record BulkOutcome(int queued, int refused, List<Outcome> deliveries) {
	}

	@RequiresPermission(Permission.MANAGE_LETTERS)
	@PostMapping("/bulk")
	@Operation(summary = "Send many signed letters' archived PDFs at once",
			description = "Each item is queued as a single delivery would be. With an Idempotency-Key, each item's "
					+ "key is that key with the item's position, so the same request again queues nothing twice.")
	BulkOutcome send(@Valid @RequestBody BulkRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable @Size(max = 195) String idempotencyKey) {
		Caller caller = callers.current();
		refuseRepeats(request.deliveries());
		List<Outcome> outcomes = new ArrayList<>();
		for (int position = 0; position < request.deliveries().size(); position++) {
			Item item = request.deliveries().get(position);
			String key = idempotencyKey == null ? null : idempotencyKey + ":" + position;
			try {
				outcomes.add(new Outcome(item.letterId(), "QUEUED",
						deliveries.deliver(caller, item.letterId(), item.channel(), item.recipient(), key), null));
			}
			catch (KatibException refused) {
				if (refused.type().status().value() == 403) {
					throw refused;
				}
				outcomes.add(new Outcome(item.letterId(), "REFUSED", null, problem(refused)));
			}
		}
		int queued = (int) outcomes.stream().filter(outcome -> outcome.delivery() != null).count();
		return new BulkOutcome(queued, outcomes.size() - queued, outcomes);
	}

	/** The same letter to the same address by the same channel twice in one request would send it twice. */
	private static void refuseRepeats(List<Item> items) {
		Set<List<Object>> seen = new HashSet<>();
		for (int position = 0; position < items.size(); position++) {
			Item item = items.get(position);
			if (!seen.add(List.of(item.letterId(), item.channel(), item.recipient().strip()))) {
				throw Inputs.invalid("deliveries[" + position + "].letterId",
						"Letter " + item.letterId() + " is listed twice for the same address; each letter is sent once "
								+ "to an address.");
			}
		}
	}

	private static Map<String, Object> problem(KatibException refused) {
		Map<String, Object> detail = new LinkedHashMap<>(refused.properties());
		detail.put("type", refused.type().uri().toString());
		detail.put("title", refused.type().title());
		detail.put("status", refused.type().status().value());
		detail.put("detail", refused.getMessage());
		return detail;
	}
}
