package dev.katib.automation.batch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.automation.batch.SignedRunLetters.SignedLetter;
import dev.katib.delivery.Channel;
import dev.katib.delivery.Deliveries;
import dev.katib.platform.Inputs;
import dev.katib.platform.KatibException;

/**
 * Sends a run's signed letters together, each to the address its record holds in the field the sender picked,
 * each queued as a single delivery would be: one refused letter does not stop the others.
 */
@Component
class RunDeliveries {

	/** The most letters one sending takes, as the bulk delivery API. */
	static final int MAX_LETTERS = 200;

	private final BatchRuns runs;
	private final SignedRunLetters signed;
	private final Deliveries deliveries;

	RunDeliveries(BatchRuns runs, SignedRunLetters signed, Deliveries deliveries) {
		this.runs = runs;
		this.signed = signed;
		this.deliveries = deliveries;
	}

	/**
	 * What became of one chosen letter.
	 *
	 * @param letterId the letter
	 * @param letter the signed letter of the run, or none when the run has no such signed letter
	 * @param address where it was sent
	 * @param queued whether it was queued
	 * @param refusal why it was refused, as a message key of the page, or none
	 * @param detail the delivery module's reason, when it refused the letter
	 */
	record Sent(UUID letterId, @Nullable SignedLetter letter, @Nullable String address, boolean queued,
			@Nullable String refusal, @Nullable String detail) {
	}

	/** The run's signed letters, for a member who may send letters. */
	List<SignedLetter> letters(Caller caller, UUID runId) {
		Permission.MANAGE_LETTERS.require(caller);
		BatchRun run = runs.readable(caller, runId);
		return signed.of(run.tenantId(), run.id());
	}

	/** The fields of the letters' records that hold a value for at least one of them, in the table's order. */
	static List<String> fields(List<SignedLetter> letters) {
		Set<String> names = new LinkedHashSet<>();
		letters.forEach(letter -> names.addAll(letter.fields().keySet()));
		return List.copyOf(names);
	}

	static Channel channel(@Nullable String given) {
		String name = Inputs.required(given, "channel", 1, 20);
		try {
			return Channel.valueOf(name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw Inputs.invalid("channel", "channel must be EMAIL or WHATSAPP.");
		}
	}

	static String field(@Nullable String given, List<SignedLetter> letters) {
		String name = Inputs.required(given, "field", 1, 200);
		if (!fields(letters).contains(name)) {
			throw Inputs.invalid("field", "The run's records have no field named \"" + name + "\".");
		}
		return name;
	}

	/** The chosen letters, each once, in the order chosen: at least one, at most {@link #MAX_LETTERS}. */
	static List<UUID> chosen(@Nullable List<UUID> letterIds) {
		List<UUID> chosen = letterIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(letterIds));
		if (chosen.isEmpty()) {
			throw Inputs.invalid("letterIds", "Choose at least one letter.");
		}
		if (chosen.size() > MAX_LETTERS) {
			throw Inputs.invalid("letterIds", "At most " + MAX_LETTERS + " letters are sent at once; "
					+ chosen.size() + " were chosen.");
		}
		return chosen;
	}

	/**
	 * Queues each chosen letter for the address in its record's field. A key makes sending the same confirmation
	 * twice queue nothing twice.
	 */
	List<Sent> send(Caller caller, UUID runId, List<SignedLetter> letters, Channel channel, String field,
			List<UUID> chosen, @Nullable UUID key) {
		Map<UUID, SignedLetter> byId = letters.stream()
			.collect(Collectors.toMap(SignedLetter::id, Function.identity()));
		List<Sent> outcomes = new ArrayList<>();
		for (UUID letterId : chosen) {
			SignedLetter letter = byId.get(letterId);
			String address = letter == null ? null : letter.address(field);
			if (letter == null) {
				outcomes.add(new Sent(letterId, null, null, false, "not-in-run", null));
			}
			else if (address == null) {
				outcomes.add(new Sent(letterId, letter, null, false, "no-address", null));
			}
			else {
				outcomes.add(deliver(caller, runId, letter, channel, address, key));
			}
		}
		return outcomes;
	}

	private Sent deliver(Caller caller, UUID runId, SignedLetter letter, Channel channel, String address,
			@Nullable UUID key) {
		try {
			deliveries.deliver(caller, letter.id(), channel, address,
					key == null ? null : "batch:" + runId + ":" + key + ":" + letter.id());
			return new Sent(letter.id(), letter, address, true, null, null);
		}
		catch (KatibException refused) {
			if (refused.type().status().value() == 403) {
				throw refused;
			}
			return new Sent(letter.id(), letter, address, false, "refused", refused.getMessage());
		}
	}
}
