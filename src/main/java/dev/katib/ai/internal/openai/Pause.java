package dev.katib.ai.internal.openai;

import java.time.Duration;

/** Waits between attempts; tests replace it to see the waits without spending them. */
@FunctionalInterface
public interface Pause {

	Pause SLEEP = duration -> Thread.sleep(duration);

	void pause(Duration duration) throws InterruptedException;
}
