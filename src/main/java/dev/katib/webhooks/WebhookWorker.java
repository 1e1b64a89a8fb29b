package dev.katib.webhooks;

import dev.katib.platform.outbound.OutboundAddressPolicy;
import dev.katib.platform.outbound.StandardWebhooks;
import dev.katib.platform.outbound.OutboundHttp;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.random.RandomGenerator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.katib.platform.DurableJobs.Outcome;
import dev.katib.platform.RetrySchedule;

/**
 * Sends the webhook messages that are due, as {@link dev.katib.platform.DurableJobs}: each under its row's lock, so
 * several Katib processes share the work and none sends a message twice at once; the outcome and the attempt log
 * commit together. A failed message is retried with exponential backoff and jitter until its 24 hours run out;
 * an endpoint whose messages keep failing for good is paused and its owners told.
 */
@Component
class WebhookWorker {

	private static final Logger log = LoggerFactory.getLogger(WebhookWorker.class);
	private static final int PER_TICK = 20;

	private final WebhookMessages messages;
	private final WebhookEndpoints endpoints;
	private final WebhookPausedNotice notice;
	private final Clock clock;
	private final WebhookProperties properties;
	private final RetrySchedule retries;
	private final OutboundHttp http;

	WebhookWorker(WebhookMessages messages, WebhookEndpoints endpoints, OutboundAddressPolicy addresses,
			WebhookPausedNotice notice, Clock clock, WebhookProperties properties) {
		this.messages = messages;
		this.endpoints = endpoints;
		this.notice = notice;
		this.clock = clock;
		this.properties = properties;
		this.retries = new RetrySchedule(properties.firstRetry(), properties.maxRetry());
		this.http = new OutboundHttp(addresses, properties.timeout());
	}

	@Scheduled(initialDelayString = "${katib.delivery.poll-interval:5s}", fixedDelayString = "${katib.delivery.poll-interval:5s}")
	void sendDue() {
		messages.workDue(clock::instant, PER_TICK, this::attempt);
	}

	private void attempt(WebhookMessages.Due message) {
		Instant now = clock.instant();
		long started = System.nanoTime();
		byte[] body = message.body().getBytes(StandardCharsets.UTF_8);
		long timestamp = now.getEpochSecond();
		String id = messageId(message);
		String signature = StandardWebhooks.sign(endpoints.secret(message.tenantId(), message.endpointId()), id,
				timestamp, body);
		OutboundHttp.Answer answer = http.post(message.url(), StandardWebhooks.headers(id, timestamp, signature), body);
		long ms = (System.nanoTime() - started) / 1_000_000;
		if (answer.delivered()) {
			messages.recordAttempt(message, answer.statusCode(), Outcome.DELIVERED, null, ms, now, null);
			endpoints.succeeded(message.tenantId(), message.endpointId());
			log.info("Webhook {} ({}) of tenant {} delivered", message.id(), message.eventType(), message.tenantId());
			return;
		}
		String problem = answer.problem();
		Instant next = now.plus(retries.pauseAfter(message.attempts() + 1, RandomGenerator.getDefault()));
		if (next.isAfter(message.windowStart().plus(properties.window()))) {
			messages.recordAttempt(message, answer.statusCode(), Outcome.FAILED, problem, ms, now, null);
			log.warn("Webhook {} of tenant {} failed for good: {}", message.id(), message.tenantId(), problem);
			if (endpoints.failed(message.tenantId(), message.endpointId(), properties.pauseAfter(), now)) {
				log.warn("Webhook endpoint {} of tenant {} is paused", message.endpointId(), message.tenantId());
				notice.tellOwners(message.tenantId(), message.url());
			}
		}
		else {
			messages.recordAttempt(message, answer.statusCode(), Outcome.RETRYING, problem, ms, now, next);
			log.info("Webhook {} of tenant {} will be retried at {}: {}", message.id(), message.tenantId(), next, problem);
		}
	}

	static String messageId(WebhookMessages.Due message) {
		return "msg_" + message.id();
	}
}
