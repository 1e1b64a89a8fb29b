package dev.katib.automation.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.katib.connectors.TableRef;
import dev.katib.knowledge.Language;
import dev.katib.platform.KatibException;

class RunStatusTests {

	static final Instant NOW = Instant.parse("2026-12-04T06:00:00Z");

	@Test
	void aCancelledRunNeverRunsAgainAndAFinishedOneOnlyToRetry() {
		assertThat(RunStatus.CANCELLED.canMoveTo(RunStatus.RUNNING)).isFalse();
		assertThat(RunStatus.COMPLETED.canMoveTo(RunStatus.RUNNING)).isTrue();
		assertThat(RunStatus.COMPLETED.canMoveTo(RunStatus.PAUSED)).isFalse();
		assertThat(RunStatus.READY.canMoveTo(RunStatus.PAUSED)).isFalse();
	}

	@Test
	void aPauseAskedForAsTheLastChunkCommittedLetsTheRunComplete() {
		assertThat(RunStatus.PAUSED.canMoveTo(RunStatus.COMPLETED)).isTrue();
	}

	@Test
	void startingARunDatesItOnceAndAFailureKeepsWhy() {
		BatchRun ready = run(RunStatus.READY);

		BatchRun running = ready.moveTo(RunStatus.RUNNING, NOW, null);
		BatchRun failed = running.moveTo(RunStatus.FAILED, NOW.plusSeconds(60), "The source is unavailable.");
		BatchRun resumed = failed.moveTo(RunStatus.RUNNING, NOW.plusSeconds(120), null);

		assertThat(running.startedAt()).isEqualTo(NOW);
		assertThat(failed.problem()).isEqualTo("The source is unavailable.");
		assertThat(failed.finishedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(resumed.startedAt()).isEqualTo(NOW);
		assertThat(resumed.problem()).isNull();
		assertThat(resumed.finishedAt()).isNull();
	}

	@Test
	void aMoveTheStatusDoesNotAllowIsRefusedWithItsOwnProblemType() {
		assertThatThrownBy(() -> run(RunStatus.READY).moveTo(RunStatus.PAUSED, NOW, null))
			.isInstanceOfSatisfying(KatibException.class,
					problem -> assertThat(problem.type()).isEqualTo(BatchRun.NOT_ALLOWED));
	}

	@Test
	void aRetryDraftsInANewRound() {
		assertThat(run(RunStatus.COMPLETED).nextRound().round()).isEqualTo(2);
	}

	static BatchRun run(RunStatus status) {
		return new BatchRun(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "run",
				new TableRef(UUID.randomUUID(), "local", "t1"), null, List.of(), "request", Language.ARABIC,
				new RequestTemplate("Invite {{School name}} to the fair."), false, status, 1, null, null, NOW, null, null);
	}
}
