package dev.katib.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ModelTurnsTests {

	private final ModelTurns turns = new ModelTurns(2);
	private final CountDownLatch answer = new CountDownLatch(1);
	private final AtomicInteger calling = new AtomicInteger();
	private final AtomicInteger mostAtOnce = new AtomicInteger();

	@Test
	void lettersDraftedInTurnMakeNoMoreModelCallsAtOnceThanAllowedWhileAWriterWaitingOnThePageIsNotHeld()
			throws Exception {
		try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<String>> inTurn = new ArrayList<>();
			for (int letter = 0; letter < 6; letter++) {
				inTurn.add(threads.submit(() -> turns.call(DraftingTurn.IN_TURN, this::slowModel)));
			}
			awaitCalling(2);
			assertThat(turns.call(DraftingTurn.AT_ONCE, () -> "answered at once")).isEqualTo("answered at once");
			assertThat(turns.call(null, () -> "an order stored before turns")).isEqualTo("an order stored before turns");
			assertThat(inTurn).noneMatch(Future::isDone);
			answer.countDown();
			for (Future<String> call : inTurn) {
				assertThat(call.get(1, TimeUnit.MINUTES)).isEqualTo("drafted");
			}
		}
		assertThat(mostAtOnce).hasValue(2);
	}

	private String slowModel() {
		mostAtOnce.accumulateAndGet(calling.incrementAndGet(), Math::max);
		try {
			answer.await();
			return "drafted";
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
		finally {
			calling.decrementAndGet();
		}
	}

	private void awaitCalling(int calls) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		while (calling.get() < calls && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
	}
}
