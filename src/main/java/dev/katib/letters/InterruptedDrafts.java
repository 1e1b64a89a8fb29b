package dev.katib.letters;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.katib.platform.KatibException;

/**
 * Drafts run in the process that started them; a letter still being drafted when its process stopped would
 * show "writing" for ever. At start-up such letters are marked as failed with the reason, so their writers see
 * it and start again. A draft that another running instance is still writing ends well all the same: storing
 * its version marks it done.
 */
@Component
class InterruptedDrafts {

	private static final Logger log = LoggerFactory.getLogger(InterruptedDrafts.class);

	private final JdbcClient jdbc;
	private final Instant started;

	InterruptedDrafts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.started = clock.instant();
	}

	@EventListener(ApplicationReadyEvent.class)
	void markInterrupted() {
		int interrupted = markOpenedBefore(started);
		if (interrupted > 0) {
			log.warn("{} letters were still being drafted when Katib last stopped; they are marked as failed",
					interrupted);
		}
	}

	/** Marks the letters opened before this instant and still being drafted as interrupted. */
	int markOpenedBefore(Instant instant) {
		String problem = ProblemJson.write(ProblemJson.of(new KatibException(LetterProblems.DRAFTING_INTERRUPTED,
				"Drafting of this letter stopped before it ended, when Katib restarted. Start a new letter.")));
		return jdbc.sql("""
				UPDATE letters_letter SET drafting = 'FAILED', drafting_problem = :problem
				WHERE drafting = 'WRITING' AND created_at < :before""")
			.param("problem", problem)
			.param("before", Timestamp.from(instant))
			.update();
	}
}
