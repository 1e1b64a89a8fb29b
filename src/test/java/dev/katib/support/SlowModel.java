package dev.katib.support;

import java.time.Duration;
import java.util.function.Consumer;

import dev.katib.ai.ModelGateway;
import dev.katib.ai.ModelRequest;
import dev.katib.ai.ModelResult;

/** A model gateway that takes its time before each answer, as a real model does, so work is caught while it runs. */
public final class SlowModel {

	private SlowModel() {
	}

	/** The gateway's answers, each given after this pause. */
	public static ModelGateway around(ModelGateway gateway, Duration each) {
		return new ModelGateway() {
			@Override
			public <T> ModelResult<T> generate(ModelRequest<T> request) {
				pause(each);
				return gateway.generate(request);
			}

			@Override
			public <T> ModelResult<T> stream(ModelRequest<T> request, Consumer<String> chunks) {
				pause(each);
				return gateway.stream(request, chunks);
			}

			@Override
			public boolean offline() {
				return gateway.offline();
			}
		};
	}

	private static void pause(Duration each) {
		try {
			Thread.sleep(each);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}
