package dev.katib.delivery.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.delivery.Channel;
import dev.katib.delivery.Deliveries;
import dev.katib.delivery.Delivery;
import dev.katib.letters.LetterProblems;
import dev.katib.platform.Ids;
import dev.katib.platform.Inputs;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/** Queues deliveries; {@link DeliveryWorker} sends them. */
@Service
class DeliveryService implements Deliveries {

	static final ProblemType CHANNEL_UNAVAILABLE = new ProblemType("delivery-channel-unavailable",
			org.springframework.http.HttpStatus.CONFLICT, "Delivery channel unavailable");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"]{1,64}@[^@\\s<>\"]{1,253}\\.[^@\\s<>\"]{2,63}$");
	private static final Pattern PHONE = Pattern.compile("^\\+?[1-9][0-9]{7,14}$");

	private final DeliveryJobs jobs;
	private final ArchivedLetters archived;
	private final List<ChannelSender> senders;
	private final Clock clock;

	DeliveryService(DeliveryJobs jobs, ArchivedLetters archived, List<ChannelSender> senders, Clock clock) {
		this.jobs = jobs;
		this.archived = archived;
		this.senders = senders;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Delivery deliver(Caller caller, UUID letterId, Channel channel, String recipient,
			@Nullable String idempotencyKey) {
		Permission.MANAGE_LETTERS.require(caller);
		if (idempotencyKey != null) {
			if (idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
				throw Inputs.invalid("Idempotency-Key", "An Idempotency-Key has 1 to 200 characters.");
			}
		}
		String address = checkedRecipient(channel, recipient);
		if (idempotencyKey != null) {
			var earlier = jobs.byIdempotencyKey(caller.tenantId(), idempotencyKey)
				.flatMap(id -> jobs.find(caller.tenantId(), id));
			if (earlier.isPresent()) {
				return sameRequest(earlier.get(), letterId, channel, address);
			}
		}
		archived.find(caller.tenantId(), letterId).orElseThrow(() -> KatibException.notFound("The letter"));
		if (senders.stream().noneMatch(sender -> sender.channel() == channel && sender.availableTo(caller.tenantId()))) {
			throw new KatibException(CHANNEL_UNAVAILABLE, "Letters cannot be sent by " + channel.name().toLowerCase()
					+ " on this installation.", Map.of("field", "channel"));
		}
		UUID id = Ids.newId(clock);
		jobs.create(id, caller.tenantId(), letterId, channel, address, caller.userId(), idempotencyKey, clock.instant());
		return jobs.find(caller.tenantId(), id).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Delivery> ofLetter(Caller caller, UUID letterId) {
		Permission.READ_LETTERS.require(caller);
		return jobs.ofLetter(caller.tenantId(), letterId);
	}

	/** The delivery an earlier request with this key queued, if it asked for the same; else the key was reused. */
	private static Delivery sameRequest(Delivery earlier, UUID letterId, Channel channel, String address) {
		if (!earlier.letterId().equals(letterId) || earlier.channel() != channel || !earlier.recipient().equals(address)) {
			throw new KatibException(LetterProblems.KEY_REUSED, "This Idempotency-Key was used to send another letter, "
					+ "or to another address; use a new key for a new delivery.", Map.of("field", "Idempotency-Key"));
		}
		return earlier;
	}

	private static String checkedRecipient(Channel channel, String recipient) {
		String address = recipient.strip();
		boolean valid = switch (channel) {
			case EMAIL -> address.length() <= 320 && EMAIL.matcher(address).matches();
			case WHATSAPP -> PHONE.matcher(address.replace(" ", "")).matches();
		};
		if (!valid) {
			throw Inputs.invalid("recipient", channel == Channel.EMAIL ? "The recipient must be an e-mail address."
					: "The recipient must be a phone number in international form, e.g. +966500000000.");
		}
		return channel == Channel.WHATSAPP ? address.replace(" ", "").replace("+", "") : address;
	}
}
