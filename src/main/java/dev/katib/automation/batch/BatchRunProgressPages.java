package dev.katib.automation.batch;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Callers;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;
import dev.katib.platform.ProblemType;

/**
 * A running run's progress pushed to its page as server-sent events (htmx's sse extension): a {@code progress}
 * event with the counts, rate and time left as HTML whenever they change, and, once the run no longer runs, its
 * last counts and a {@code stopped} event naming its status, on which the page loads again (katib.js) with its
 * rows' letters and the buttons that now apply. The stream is a web
 * matter and stays here: the run's services answer views, never emitters.
 */
@Pages
@RequestMapping("/batches")
class BatchRunProgressPages {

	private static final Logger LOG = LoggerFactory.getLogger(BatchRunProgressPages.class);

	/** A stream ends after this; the browser's EventSource connects again by itself. */
	static final Duration TIMEOUT = Duration.ofMinutes(10);
	static final Duration LOOK = Duration.ofSeconds(1);
	/** The most pages followed at once by this process; more are refused rather than holding threads. */
	static final int MAX_FOLLOWERS = 500;

	private final BatchRuns runs;
	private final Callers callers;
	private final TemplateEngine templates;
	private final AtomicInteger followers = new AtomicInteger();

	BatchRunProgressPages(BatchRuns runs, Callers callers, TemplateEngine templates) {
		this.runs = runs;
		this.callers = callers;
		this.templates = templates;
	}

	@GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events(@PathVariable UUID id, Locale locale) {
		Caller caller = callers.current();
		RunView first = runs.get(caller, id);
		if (followers.incrementAndGet() > MAX_FOLLOWERS) {
			followers.decrementAndGet();
			throw new KatibException(ProblemType.SERVICE_UNAVAILABLE, "Too many pages follow runs now; "
					+ "this page loads again by itself.");
		}
		SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
		try {
			// a plain emitter's headers leave with its first bytes: this comment sends them as the handler returns
			emitter.send(SseEmitter.event().comment("following"));
		}
		catch (IOException gone) {
			followers.decrementAndGet();
			throw new java.io.UncheckedIOException(gone);
		}
		// a thread of its own, not a virtual one: following must not wait for carriers that others' calls hold
		Thread.ofPlatform().daemon().name("batch-events-" + id).start(() -> {
			try {
				follow(emitter, caller, first, locale);
			}
			finally {
				followers.decrementAndGet();
			}
		});
		return emitter;
	}

	/** Sends the progress whenever it changed, until the run stops, the page leaves or the stream times out. */
	private void follow(SseEmitter emitter, Caller caller, RunView first, Locale locale) {
		long until = System.nanoTime() + TIMEOUT.minusSeconds(5).toNanos();
		RunView run = first;
		String sent = null;
		try {
			while (run.status() == RunStatus.RUNNING && System.nanoTime() < until) {
				String html = counts(run, locale);
				if (!html.equals(sent)) {
					emitter.send(SseEmitter.event().name("progress").data(html));
					sent = html;
				}
				Thread.sleep(LOOK);
				run = runs.get(caller, run.id());
			}
			if (run.status() != RunStatus.RUNNING) {
				emitter.send(SseEmitter.event().name("progress").data(counts(run, locale)));
				emitter.send(SseEmitter.event().name("stopped").data(run.status().name()));
			}
			emitter.complete();
		}
		catch (IOException | IllegalStateException gone) {
			LOG.debug("A page following run {} left: {}", first.id(), gone.getMessage());
			emitter.complete();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			emitter.complete();
		}
		catch (RuntimeException failed) {
			LOG.warn("Following run {} failed", first.id(), failed);
			emitter.completeWithError(failed);
		}
	}

	/** The live counts as the page shows them, on one line (an event's data line). */
	private String counts(RunView run, Locale locale) {
		return templates.process("automation/batch", Set.of("counts"), new Context(locale, Map.of("run", run)))
			.replace("\n", " ");
	}
}
