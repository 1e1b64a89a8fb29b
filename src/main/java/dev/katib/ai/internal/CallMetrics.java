package dev.katib.ai.internal;

import java.time.Duration;
import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import dev.katib.ai.CallOutcome;
import dev.katib.ai.TokenUsage;

/** Metrics of model calls, per provider and model: latency, time to first token, tokens, errors. */
public final class CallMetrics {

	private final MeterRegistry registry;

	public CallMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void completed(String provider, String model, CallOutcome outcome, Duration latency, TokenUsage usage) {
		Timer.builder("katib.ai.call.duration")
			.description("Time a model call took, retries included")
			.tags("provider", provider, "model", model, "outcome", name(outcome))
			.register(registry)
			.record(latency);
		tokens(provider, model, "input", usage.input());
		tokens(provider, model, "output", usage.output());
		if (outcome != CallOutcome.SUCCEEDED) {
			Counter.builder("katib.ai.call.errors")
				.description("Model calls that failed, by kind")
				.tags("provider", provider, "model", model, "kind", name(outcome))
				.register(registry)
				.increment();
		}
	}

	void firstToken(String provider, String model, Duration elapsed) {
		Timer.builder("katib.ai.call.first.token")
			.description("Time from the start of a streamed call to its first piece of answer")
			.tags("provider", provider, "model", model)
			.register(registry)
			.record(elapsed);
	}

	private void tokens(String provider, String model, String kind, long count) {
		Counter.builder("katib.ai.tokens")
			.description("Tokens consumed by model calls")
			.baseUnit("tokens")
			.tags("provider", provider, "model", model, "kind", kind)
			.register(registry)
			.increment(count);
	}

	private static String name(CallOutcome outcome) {
		return outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
