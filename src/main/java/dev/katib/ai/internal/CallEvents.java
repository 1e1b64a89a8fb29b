package dev.katib.ai.internal;

import dev.katib.ai.ModelCallCompleted;

/** Where the gateway reports each finished call. */
@FunctionalInterface
public interface CallEvents {

	void completed(ModelCallCompleted event);
}
