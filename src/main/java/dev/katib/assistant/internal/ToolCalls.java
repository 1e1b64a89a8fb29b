package dev.katib.assistant.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.accounts.Caller;
import dev.katib.assistant.ToolCalled;
import dev.katib.platform.AuditRecord.Outcome;
import dev.katib.platform.Hashes;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Calls a tool of the catalogue by name with arguments as JSON text, as the caller: the one path by which the chat
 * and the MCP server run tools. Every call, refused or failed ones included, is audited with a {@link ToolCalled}.
 */
@Component
public class ToolCalls {

	private static final Logger log = LoggerFactory.getLogger(ToolCalls.class);

	private final ToolCatalogue catalogue;
	private final ToolArguments arguments;
	private final JsonMapper json;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ToolCalls(ToolCatalogue catalogue, ToolArguments arguments, JsonMapper json, ApplicationEventPublisher events,
			Clock clock) {
		this.catalogue = catalogue;
		this.arguments = arguments;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	/** Who asks for a call: Katib's own chat, or an outside client over MCP. */
	public enum Channel {
		CHAT, MCP;

		String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** Calls the tool with every tool of the catalogue allowed. */
	public String call(Caller caller, String tool, String argumentsJson, Channel channel) {
		return call(caller, tool, argumentsJson, channel, any -> true);
	}

	/**
	 * Calls the tool and answers its result as JSON.
	 *
	 * @param allowed which tools this channel allows, e.g. those an API key's scopes grant
	 * @throws KatibException {@code not-found} for an unknown tool; {@code forbidden} when the channel does not
	 *         allow it or the caller lacks its permission; {@code validation-failed} for arguments that break its
	 *         schema; whatever the tool's own services raise
	 */
	public String call(Caller caller, String tool, String argumentsJson, Channel channel,
			Predicate<AssistantTool<?>> allowed) {
		long started = System.nanoTime();
		String name = tool.matches("[A-Za-z0-9_-]{1,64}") ? tool : "(invalid)";
		try {
			AssistantTool<?> found = catalogue.find(tool)
				.orElseThrow(() -> new KatibException(ProblemType.NOT_FOUND, "There is no tool called " + name + "."));
			if (!allowed.test(found)) {
				throw new KatibException(ProblemType.FORBIDDEN, "This client may not call " + name + ".",
						Map.of("tool", name));
			}
			String result = json.writeValueAsString(run(caller, found, argumentsJson));
			audit(caller, name, channel, argumentsJson, result.getBytes(StandardCharsets.UTF_8).length, started,
					Outcome.SUCCESS, null);
			return result;
		}
		catch (KatibException refused) {
			Outcome outcome = refused.type().equals(ProblemType.FORBIDDEN) ? Outcome.DENIED : Outcome.FAILURE;
			audit(caller, name, channel, argumentsJson, 0, started, outcome, refused.type().slug());
			throw refused;
		}
		catch (RuntimeException failed) {
			log.warn("Tool {} failed for tenant {}", name, caller.tenantId(), failed);
			audit(caller, name, channel, argumentsJson, 0, started, Outcome.FAILURE, ProblemType.INTERNAL_ERROR.slug());
			throw failed;
		}
	}

	private <A extends Record> Object run(Caller caller, AssistantTool<A> tool, String argumentsJson) {
		// the permission first: a caller who may not use the tool learns nothing from its arguments' validation
		tool.permission().require(caller);
		return tool.run(caller, arguments.read(tool, argumentsJson));
	}

	private void audit(Caller caller, String tool, Channel channel, String argumentsJson, long resultBytes,
			long started, Outcome outcome, @Nullable String problem) {
		events.publishEvent(new ToolCalled(caller.tenantId(), caller.userId(), caller.name(), tool, channel.code(),
				Hashes.sha256Hex(argumentsJson), resultBytes, Duration.ofNanos(System.nanoTime() - started), outcome,
				problem, caller.sourceAddress(), clock.instant()));
	}
}
