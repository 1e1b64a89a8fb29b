package dev.katib.ai.internal;

/**
 * The caller's chunk consumer failed, typically because its client went away mid-stream. Providers
 * pass it on untouched: it says nothing about the provider's health and is not worth a retry.
 */
public final class CallerStoppedListening extends RuntimeException {

	CallerStoppedListening(RuntimeException cause) {
		super("The caller stopped taking the streamed answer", cause, false, false);
	}

	@Override
	public synchronized RuntimeException getCause() {
		return (RuntimeException) super.getCause();
	}
}
