package dev.katib.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.ai.internal.CallMetrics;
import dev.katib.ai.internal.ModelGatewayService;
import dev.katib.ai.internal.OutputReader;
import dev.katib.ai.internal.offline.OfflineProvider;
import dev.katib.platform.KatibException;

class OfflineGatewayTests {

	private final List<ModelCallCompleted> events = new ArrayList<>();

	private ModelGateway gateway(List<OfflineResponder> responders) {
		JsonMapper json = JsonMapper.builder().build();
		return new ModelGatewayService(new OfflineProvider(() -> responders, json),
				new OutputReader(json, Validation.buildDefaultValidatorFactory().getValidator()),
				new CallMetrics(new SimpleMeterRegistry()), events::add, Clock.systemUTC(), 10_000);
	}

	private static OfflineResponder answering(Summary summary) {
		return new OfflineResponder() {
			@Override
			public boolean supports(String task) {
				return task.equals("tests.summarise");
			}

			@Override
			public <T> T respond(ModelRequest<T> request) {
				return request.outputType().cast(summary);
			}
		};
	}

	@Test
	void answersWithTheResponderForTheTaskLabelledAsDraftedWithoutAi() {
		List<String> chunks = new ArrayList<>();

		ModelResult<Summary> result = gateway(List.of(answering(new Summary("Renewal", 3))))
			.stream(Summary.request(), chunks::add);

		assertThat(result.output()).isEqualTo(new Summary("Renewal", 3));
		assertThat(result.draftedWithoutAi()).isTrue();
		assertThat(result.usage()).isEqualTo(TokenUsage.NONE);
		assertThat(String.join("", chunks)).isEqualTo(result.json());
		assertThat(events).singleElement().satisfies(event -> {
			assertThat(event.provider()).isEqualTo("offline");
			assertThat(event.outcome()).isEqualTo(CallOutcome.SUCCEEDED);
			assertThat(event.usage().total()).isZero();
		});
	}

	@Test
	void saysATaskWithoutAResponderNeedsAModelProvider() {
		assertThatThrownBy(() -> gateway(List.of()).generate(Summary.request()))
			.isInstanceOfSatisfying(ModelCallException.class, ex -> {
				assertThat(ex.type()).isEqualTo(AiProblems.NEEDS_PROVIDER);
				assertThat(ex.getMessage()).contains("KATIB_AI_PROVIDER=openai");
			});
		assertThat(events).singleElement().extracting(ModelCallCompleted::outcome).isEqualTo(CallOutcome.NEEDS_PROVIDER);
	}

	@Test
	void holdsOfflineAnswersToTheSameRulesAsModelAnswers() {
		assertThatThrownBy(() -> gateway(List.of(answering(new Summary("", -1)))).generate(Summary.request()))
			.isInstanceOfSatisfying(ModelCallException.class,
					ex -> assertThat(ex.violations()).containsExactly("title: must not be blank",
							"words: must be greater than or equal to 0"));
	}

	@Test
	void refusesPromptsLargerThanTheLimitBeforeCallingAnyone() {
		ModelRequest<Summary> huge = ModelRequest.builder("tests.summarise", Summary.class)
			.data("letter", "x".repeat(20_000))
			.attribution(Summary.request().attribution())
			.build();

		assertThatThrownBy(() -> gateway(List.of(answering(new Summary("a", 1)))).generate(huge))
			.isInstanceOfSatisfying(KatibException.class,
					ex -> assertThat(ex.type()).isEqualTo(AiProblems.PROMPT_TOO_LARGE));
		assertThat(events).isEmpty();
	}

	@Test
	void saysPlainlyThatAnsweringWithToolsNeedsAModel() {
		ToolRequest request = new ToolRequest("tests.tools", "Answer with tools.",
				List.of(new ChatMessage.User("Which schools?")),
				List.of(new ToolSpec("list_tables", "Lists tables.", "{\"type\":\"object\"}")),
				Attribution.of(java.util.UUID.randomUUID(), null));

		assertThatThrownBy(() -> gateway(List.of()).converse(request, null))
			.isInstanceOfSatisfying(ModelCallException.class, ex -> {
				assertThat(ex.outcome()).isEqualTo(CallOutcome.NEEDS_PROVIDER);
				assertThat(ex.getMessage()).contains("needs a language model");
			});
		assertThat(events).singleElement()
			.satisfies(event -> assertThat(event.outcome()).isEqualTo(CallOutcome.NEEDS_PROVIDER));
	}
}
