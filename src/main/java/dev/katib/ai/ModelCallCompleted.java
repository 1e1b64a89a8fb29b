package dev.katib.ai;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Published once for every model call, whether it succeeded or not, so usage can be recorded.
 *
 * @param callId unique per call; listeners use it to record each call once
 * @param attribution whom the call was made for
 * @param task what the call was for, e.g. {@code letters.draft}
 * @param provider {@code offline} or {@code openai}
 * @param model the model that answered, or the configured one when none did
 * @param usage the tokens the provider reported (zero offline or when nothing was answered)
 * @param latency from the start of the call to its end, retries included
 * @param outcome how it ended
 * @param completedAt when it ended, from the application clock
 */
public record ModelCallCompleted(UUID callId, Attribution attribution, String task, String provider, String model,
		TokenUsage usage, Duration latency, CallOutcome outcome, Instant completedAt) {
}
