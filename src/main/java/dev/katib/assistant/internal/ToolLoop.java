package dev.katib.assistant.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.accounts.Caller;
import dev.katib.ai.Attribution;
import dev.katib.ai.CallOutcome;
import dev.katib.ai.ChatMessage;
import dev.katib.ai.ModelCallException;
import dev.katib.ai.ModelGateway;
import dev.katib.ai.ToolAnswer;
import dev.katib.ai.ToolCall;
import dev.katib.ai.ToolRequest;
import dev.katib.assistant.internal.TurnOutcome.ProposedCall;
import dev.katib.assistant.internal.TurnOutcome.Reason;
import dev.katib.platform.KatibException;
import dev.katib.usage.QuotaExceededException;
import dev.katib.usage.QuotaReservation;
import dev.katib.usage.Quotas;

/**
 * One turn of the assistant: the model and the catalogue's tools in a bounded loop. Each step reserves its tokens
 * in the organisation's quota before the model is called and fails closed when there is no room; a turn stops after
 * {@link Budget#steps()} steps, its wall-clock time or its tokens. The model is offered only the tools the member
 * may call; tools that change data or spend quota wait for the member's confirmation. Tool results go back fenced
 * as data. The member may stop a turn: it ends between steps or during a model call ({@link StoppableCall}), keeping
 * what the model said so far.
 */
@Component
public class ToolLoop {

	static final String SYSTEM_PROMPT = """
			You are Katib's assistant. You answer questions about the organisation's data sources, letters and archive \
			with the tools you are given, as the member who asks. Answer in the language of the question. Say plainly \
			when a tool refuses a call or finds nothing; never invent records or letters.""";

	/**
	 * What a turn may spend.
	 *
	 * @param steps the most model calls
	 * @param time the longest wall-clock time
	 * @param tokens the most tokens, counted as reserved before each call and as used after it
	 */
	public record Budget(int steps, Duration time, long tokens) {

		public static final Budget DEFAULT = new Budget(8, Duration.ofMinutes(2), 60_000);
	}

	private final ModelGateway gateway;
	private final ToolCatalogue catalogue;
	private final ToolCalls calls;
	private final Quotas quotas;
	private final JsonMapper json;

	ToolLoop(ModelGateway gateway, ToolCatalogue catalogue, ToolCalls calls, Quotas quotas, JsonMapper json) {
		this.gateway = gateway;
		this.catalogue = catalogue;
		this.calls = calls;
		this.quotas = quotas;
		this.json = json;
	}

	/** Answers the conversation's last message, the member's question, handing the answer's text to {@code text}. */
	public TurnOutcome turn(Caller caller, List<ChatMessage> conversation, Budget budget, TurnListener text) {
		List<ChatMessage> transcript = new ArrayList<>(conversation);
		long started = System.nanoTime();
		long tokens = 0;
		for (int step = 1; step <= budget.steps(); step++) {
			if (text.stopRequested()) {
				return stopped(transcript, "");
			}
			if (Duration.ofNanos(System.nanoTime() - started).compareTo(budget.time()) > 0) {
				return new TurnOutcome.Stopped(Reason.TIME, "The turn ran out of time.", transcript);
			}
			ToolRequest request = new ToolRequest("assistant.turn", SYSTEM_PROMPT + "\n\n" + ToolResults.RULE, transcript,
					catalogue.tools().stream().filter(tool -> tool.permission().isGrantedTo(caller))
						.map(AssistantTool::spec).toList(),
					Attribution.of(caller.tenantId(), caller.userId()));
			long estimate = request.estimatedTokens();
			if (tokens + estimate > budget.tokens()) {
				return new TurnOutcome.Stopped(Reason.TOKENS, "The turn reached its token budget.", transcript);
			}
			QuotaReservation reservation;
			try {
				reservation = quotas.reserve(caller.tenantId(), caller.userId(), 0, estimate);
			}
			catch (QuotaExceededException spent) {
				return new TurnOutcome.Stopped(Reason.QUOTA, spent.getMessage(), transcript);
			}
			ToolAnswer answer;
			StringBuffer said = new StringBuffer();
			try {
				answer = StoppableCall.converse(gateway, request, text, said);
			}
			catch (StoppableCall.Stopped stop) {
				// the model worked until the stop: its estimate is spent
				quotas.settle(reservation, estimate);
				return stopped(transcript, said.toString());
			}
			catch (ModelCallException failed) {
				quotas.release(reservation);
				return failed.outcome() == CallOutcome.NEEDS_PROVIDER
						? new TurnOutcome.Stopped(Reason.NEEDS_MODEL, "The assistant needs a language model; none is "
								+ "configured. The tools remain usable over MCP.", transcript)
						: new TurnOutcome.Stopped(Reason.MODEL_FAILED, failed.getMessage(), transcript);
			}
			catch (RuntimeException failed) {
				quotas.release(reservation);
				throw failed;
			}
			quotas.settle(reservation, answer.usage().total());
			tokens += Math.max(answer.usage().total(), estimate);
			transcript.add(answer.asMessage());
			if (answer.finished()) {
				return new TurnOutcome.Answered(answer.text(), step, tokens, transcript);
			}
			List<ProposedCall> confirmations = needingConfirmation(answer.toolCalls());
			if (!confirmations.isEmpty()) {
				return new TurnOutcome.NeedsConfirmation(confirmations, transcript);
			}
			answer.toolCalls().forEach(call -> transcript.add(run(caller, call, text)));
		}
		if (text.stopRequested()) {
			return stopped(transcript, "");
		}
		return new TurnOutcome.Stopped(Reason.STEPS, "The turn reached its limit of " + budget.steps() + " steps.",
				transcript);
	}

	/**
	 * Runs the calls the last answer of a conversation waits on, when the member confirms them, or tells the model
	 * they were declined; then goes on with the turn.
	 */
	public TurnOutcome confirm(Caller caller, List<ChatMessage> conversation, boolean confirmed, Budget budget,
			TurnListener text) {
		if (!(conversation.getLast() instanceof ChatMessage.Assistant waiting) || waiting.toolCalls().isEmpty()) {
			throw new KatibException(dev.katib.platform.ProblemType.CONFLICT, "No tool call waits for a confirmation.");
		}
		List<ChatMessage> transcript = new ArrayList<>(conversation);
		for (ToolCall call : waiting.toolCalls()) {
			transcript.add(confirmed ? run(caller, call, text) : new ChatMessage.ToolResult(call.id(), call.name(),
					ToolResults.fenced(call.name(), "{\"declined\":\"The member declined this call; nothing ran.\"}")));
		}
		return turn(caller, transcript, budget, text);
	}

	/** The member stopped the turn: what the model said so far is kept as its answer. */
	private static TurnOutcome stopped(List<ChatMessage> transcript, String said) {
		transcript.add(new ChatMessage.Assistant(said, List.of()));
		return new TurnOutcome.Stopped(Reason.MEMBER_STOPPED, "The member stopped the turn.", transcript);
	}

	private List<ProposedCall> needingConfirmation(List<ToolCall> asked) {
		boolean any = asked.stream().anyMatch(call -> catalogue.find(call.name()).map(AssistantTool::changesData)
			.orElse(false));
		return !any ? List.of() : asked.stream().map(call -> new ProposedCall(call.id(), call.name(),
				catalogue.find(call.name()).map(AssistantTool::arabicLabel).orElse(call.name()), call.arguments()))
			.toList();
	}

	private ChatMessage.ToolResult run(Caller caller, ToolCall call, TurnListener listener) {
		listener.started(call);
		String result;
		try {
			result = calls.call(caller, call.name(), call.arguments(), ToolCalls.Channel.CHAT);
		}
		catch (KatibException refused) {
			result = json.writeValueAsString(java.util.Map.of("problem", refused.type().slug(), "detail",
					refused.getMessage()));
		}
		ChatMessage.ToolResult fenced = new ChatMessage.ToolResult(call.id(), call.name(),
				ToolResults.fenced(call.name(), result));
		listener.finished(call, fenced.content());
		return fenced;
	}
}
