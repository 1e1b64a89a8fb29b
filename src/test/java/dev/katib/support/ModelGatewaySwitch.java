package dev.katib.support;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;

import org.jspecify.annotations.Nullable;

import dev.katib.ai.ModelGateway;
import dev.katib.ai.ToolAnswer;
import dev.katib.ai.ToolRequest;
import dev.katib.ai.ModelRequest;
import dev.katib.ai.ModelResult;
import dev.katib.ai.internal.PublishedCallEvents;

/**
 * The model gateway of the shared test context: the configured (offline) one, unless a test points
 * it at a {@link FakeModelServer} for a while. Calls made through the fake publish their events to
 * the application as real calls do, so the usage ledger records them.
 *
 * <pre>{@code
 * try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
 *     model.enqueue(Reply.answer(...));
 *     ... call the API; the application's model calls now reach the fake server ...
 * }
 * }</pre>
 */
public final class ModelGatewaySwitch implements ModelGateway {

	private final ModelGateway configured;
	private final PublishedCallEvents events;
	private final MeterRegistry meters;
	private final AtomicReference<ModelGateway> current;

	public ModelGatewaySwitch(@Qualifier("modelGateway") ModelGateway configured, ApplicationEventPublisher publisher,
			PlatformTransactionManager transactions, MeterRegistry meters) {
		this.configured = configured;
		this.events = new PublishedCallEvents(publisher, transactions);
		this.meters = meters;
		this.current = new AtomicReference<>(configured);
	}

	/** Sends the application's model calls to the fake server until the returned handle is closed. */
	public AutoCloseable useFake(FakeModelServer server) {
		return use(TestGateways.openAi(TestGateways.settings(server), events, meters, duration -> {
		}));
	}

	/**
	 * Sends only the conversations with tools (the assistant's turns) to the fake server, and leaves drafting with
	 * the configured gateway, so letters the assistant drafts take none of the fake's scripted replies.
	 */
	public AutoCloseable useFakeForTools(FakeModelServer server) {
		ModelGateway fake = TestGateways.openAi(TestGateways.settings(server), events, meters, duration -> {
		});
		return use(new ModelGateway() {
			@Override
			public <T> ModelResult<T> generate(ModelRequest<T> request) {
				return configured.generate(request);
			}

			@Override
			public <T> ModelResult<T> stream(ModelRequest<T> request, Consumer<String> chunks) {
				return configured.stream(request, chunks);
			}

			@Override
			public ToolAnswer converse(ToolRequest request, @Nullable Consumer<String> chunks) {
				return fake.converse(request, chunks);
			}
		});
	}

	/** Sends the application's model calls to the given gateway until the returned handle is closed. */
	public AutoCloseable use(ModelGateway gateway) {
		current.set(gateway);
		return () -> current.set(configured);
	}

	@Override
	public <T> ModelResult<T> generate(ModelRequest<T> request) {
		return current.get().generate(request);
	}

	@Override
	public <T> ModelResult<T> stream(ModelRequest<T> request, Consumer<String> chunks) {
		return current.get().stream(request, chunks);
	}

	@Override
	public ToolAnswer converse(ToolRequest request, @Nullable Consumer<String> chunks) {
		return current.get().converse(request, chunks);
	}

	@Override
	public boolean offline() {
		return current.get().offline();
	}
}
