package dev.katib.delivery.internal;

import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.katib.archive.Archive;
import dev.katib.platform.DurableJobs.Outcome;
import dev.katib.platform.RetrySchedule;
import dev.katib.letters.LetterAttachments;
import dev.katib.delivery.Channel;
import dev.katib.delivery.DeliveryFailed;
import dev.katib.delivery.LetterDelivered;

/**
 * Sends the deliveries that are due, as {@link dev.katib.platform.DurableJobs}: each under its row's lock, so several
 * Katib processes share the work and none sends a delivery twice; the outcome, the attempt log and the event commit
 * together. A process that dies mid-send leaves the job pending for the next tick.
 */
@Component
class DeliveryWorker {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
	private static final int PER_TICK = 20;

	private final DeliveryJobs jobs;
	private final ArchivedLetters archived;
	private final Archive archive;
	private final LetterAttachments attachments;
	private final Map<Channel, ChannelSender> senders;
	private final TransactionTemplate apart;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final DeliveryProperties properties;
	private final RetrySchedule retries;

	DeliveryWorker(DeliveryJobs jobs, ArchivedLetters archived, Archive archive, LetterAttachments attachments,
			List<ChannelSender> senders, org.springframework.transaction.PlatformTransactionManager transactions,
			ApplicationEventPublisher events, Clock clock, DeliveryProperties properties) {
		this.jobs = jobs;
		this.attachments = attachments;
		this.archived = archived;
		this.archive = archive;
		this.senders = senders.stream().collect(java.util.stream.Collectors.toMap(ChannelSender::channel, s -> s));
		// the archive's own failures must not doom the transaction that holds the job's lock and logs the attempt
		this.apart = new TransactionTemplate(transactions);
		this.apart.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
		this.events = events;
		this.clock = clock;
		this.properties = properties;
		this.retries = new RetrySchedule(properties.firstRetry(), properties.maxRetry());
	}

	@Scheduled(initialDelayString = "${katib.delivery.poll-interval:5s}", fixedDelayString = "${katib.delivery.poll-interval:5s}")
	void sendDue() {
		jobs.workDue(clock::instant, PER_TICK, this::attempt);
	}

	private void attempt(DeliveryJobs.Job job) {
		int attempt = job.attempts() + 1;
		Instant now = clock.instant();
		try {
			String messageId = send(job);
			jobs.recordAttempt(job, attempt, Outcome.DELIVERED, null, now, null);
			if (messageId != null) {
				jobs.sentAs(job, messageId);
			}
			events.publishEvent(new LetterDelivered(job.tenantId(), job.letterId(), job.id(), job.channel(), attempt, now));
			log.info("Delivered letter {} of tenant {} by {} (attempt {})", job.letterId(), job.tenantId(), job.channel(), attempt);
		}
		catch (RuntimeException failure) {
			DeliveryProblem problem = failure instanceof DeliveryProblem known ? known
					: new DeliveryProblem("Unexpected failure: " + failure.getClass().getSimpleName(), false, failure);
			boolean last = problem.permanent() || attempt >= properties.maxAttempts();
			if (last) {
				jobs.recordAttempt(job, attempt, Outcome.FAILED, problem.getMessage(), now, null);
				events.publishEvent(new DeliveryFailed(job.tenantId(), job.letterId(), job.id(), job.channel(), attempt,
						problem.getMessage(), now));
				log.warn("Delivery {} of letter {} (tenant {}) failed for good: {}", job.id(), job.letterId(), job.tenantId(), problem.getMessage());
			}
			else {
				Instant next = now.plus(retries.pauseAfter(attempt, RandomGenerator.getDefault()));
				jobs.recordAttempt(job, attempt, Outcome.RETRYING, problem.getMessage(), now, next);
				log.info("Delivery {} of letter {} (tenant {}) will be retried at {}: {}", job.id(), job.letterId(), job.tenantId(), next, problem.getMessage());
			}
		}
	}

	private @Nullable String send(DeliveryJobs.Job job) {
		ChannelSender sender = senders.get(job.channel());
		if (sender == null || !sender.availableTo(job.tenantId())) {
			throw new DeliveryProblem("Letters cannot be sent by " + job.channel() + " on this installation.", false);
		}
		var letter = archived.find(job.tenantId(), job.letterId())
			.orElseThrow(() -> new DeliveryProblem("The letter is no longer archived.", true));
		byte[] pdf;
		List<Parcel.Enclosure> enclosures;
		try {
			pdf = apart.execute(status -> archive.open(job.tenantId(), letter.fileId()).bytes());
		}
		catch (RuntimeException e) {
			throw new DeliveryProblem("The archived PDF could not be read: " + e.getMessage(), false, e);
		}
		try {
			enclosures = apart.execute(status -> attachments.ofLetter(job.tenantId(), job.letterId())
				.stream()
				.map(file -> new Parcel.Enclosure(file.filename(), file.contentType(),
						archive.open(job.tenantId(), file.id()).bytes()))
				.toList());
		}
		catch (RuntimeException e) {
			throw new DeliveryProblem("An attachment of the letter could not be read: " + e.getMessage(), false, e);
		}
		String fileName = "letter-" + letter.verificationCode().replaceAll("[^A-Za-z0-9-]", "") + ".pdf";
		return sender.send(new Parcel(job.tenantId(), job.letterId(), job.recipient(), letter.verificationCode(), fileName, pdf,
				enclosures));
	}
}
