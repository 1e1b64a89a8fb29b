package dev.katib.delivery.internal;

/** A delivery attempt failed; a permanent problem (a refused address) is not retried. */
public class DeliveryProblem extends RuntimeException {

	private final boolean permanent;

	public DeliveryProblem(String message, boolean permanent, Throwable cause) {
		super(message, cause);
		this.permanent = permanent;
	}

	public DeliveryProblem(String message, boolean permanent) {
		super(message);
		this.permanent = permanent;
	}

	boolean permanent() {
		return permanent;
	}
}
