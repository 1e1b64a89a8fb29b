package dev.katib.automation.flows;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.connectors.SourceRecords;
import dev.katib.delivery.Channel;
import dev.katib.delivery.Deliveries;
import dev.katib.delivery.Delivery;
import dev.katib.letters.LetterView;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;
import dev.katib.platform.outbound.OutboundAddressPolicy;
import dev.katib.platform.outbound.OutboundHttp;
import dev.katib.platform.outbound.StandardWebhooks;

/**
 * The steps that reach outside the letter: delivering its archived PDF (through the delivery module, keyed
 * {@code flow:<execution>:<step>} so a step run again never sends twice), writing values back into the record (through
 * the connectors module), and posting to a URL, signed as Katib's webhooks are.
 */
@Component
class OutboundSteps {

	/** How long a delivery waits for the delivery module to learn of a letter archived a moment ago. */
	private static final Duration ARCHIVE_NEWS = Duration.ofSeconds(15);
	private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

	private final LetterSteps letterSteps;
	private final Deliveries deliveries;
	private final SourceRecords records;
	private final OutboundHttp http;
	private final HookSecrets secrets;
	private final Clock clock;

	OutboundSteps(LetterSteps letterSteps, Deliveries deliveries, SourceRecords records, OutboundAddressPolicy addresses,
			HookSecrets secrets, Clock clock) {
		this.letterSteps = letterSteps;
		this.deliveries = deliveries;
		this.records = records;
		this.http = new OutboundHttp(addresses, CALL_TIMEOUT);
		this.secrets = secrets;
		this.clock = clock;
	}

	StepOutcome deliver(Caller caller, Execution execution, Step step, Map<String, String> context)
			throws InterruptedException {
		LetterView letter = letterSteps.letter(caller, context);
		if (letter == null) {
			return LetterSteps.noLetter();
		}
		Channel channel = Channel.valueOf(step.channel().toUpperCase(Locale.ROOT));
		String recipient = MergeText.fill(step.recipient(), context).strip();
		String key = "flow:" + execution.id() + ":" + step.id();
		long deadline = System.nanoTime() + ARCHIVE_NEWS.toNanos();
		while (true) {
			try {
				Delivery delivery = deliveries.deliver(caller, letter.id(), channel, recipient, key);
				return StepOutcome.done(Map.of("deliveryId", delivery.id().toString(), "channel", channel.name(),
						"recipient", recipient, "status", delivery.status()));
			}
			catch (KatibException problem) {
				// the delivery module hears of an archived letter just after the letter's own page does
				boolean lagging = problem.type().equals(ProblemType.NOT_FOUND) && letter.verification() != null;
				if (!lagging || System.nanoTime() > deadline) {
					throw problem;
				}
				Thread.sleep(250);
			}
		}
	}

	StepOutcome updateRecord(Caller caller, Execution execution, Step step, Map<String, String> context) {
		String recordId = context.get(FlowFields.RECORD_ID);
		if (recordId == null) {
			return StepOutcome.failed("No record", "This execution has no record to update.");
		}
		Map<String, Object> values = new LinkedHashMap<>();
		Map<String, String> written = new LinkedHashMap<>();
		step.fields().forEach((name, value) -> {
			values.put(name, MergeText.fill(value, context));
			written.put(name, MergeText.fill(value, context));
		});
		records.update(caller, DefinitionRules.ref(execution.definition().trigger()), recordId, values);
		// later steps read the record as it is now
		return new StepOutcome.Done(Map.of("recordId", recordId, "fields", values), written, null);
	}

	StepOutcome webhook(Execution execution, Step step, int attempt, Map<String, String> context)
			throws InterruptedException {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("type", "automation.step");
		message.put("automationId", execution.automationId().toString());
		message.put("executionId", execution.id().toString());
		message.put("step", step.id());
		message.put("fields", context);
		byte[] body = ExecutionStore.json(message).getBytes(StandardCharsets.UTF_8);
		String id = "flow_" + execution.id() + "_" + step.id() + "_" + attempt;
		long timestamp = clock.instant().getEpochSecond();
		String secret = secrets.secretOf(execution.tenantId(), execution.automationId());
		OutboundHttp.Answer answer = http.post(step.url(),
				StandardWebhooks.headers(id, timestamp, StandardWebhooks.sign(secret, id, timestamp, body)), body);
		if (answer.statusCode() == null) {
			return StepOutcome.failed("Webhook unreachable", answer.problem());
		}
		if (!answer.delivered()) {
			return new StepOutcome.Failed(Map.of("title", "Webhook refused", "detail", answer.problem(), "statusCode",
					answer.statusCode()));
		}
		return StepOutcome.done(Map.of("statusCode", answer.statusCode(), "webhookId", id));
	}
}
