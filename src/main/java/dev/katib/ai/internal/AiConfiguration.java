package dev.katib.ai.internal;

import java.time.Clock;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.ai.ModelGateway;
import dev.katib.ai.OfflineResponder;
import dev.katib.ai.internal.offline.OfflineProvider;
import dev.katib.ai.internal.openai.OpenAiProviders;
import dev.katib.ai.internal.openai.Pause;

/** Chooses the model provider from {@code KATIB_AI_PROVIDER} and builds the gateway around it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AiProperties.class)
class AiConfiguration {

	private static final Logger log = LoggerFactory.getLogger(AiConfiguration.class);

	@Bean
	CircuitBreakerRegistry aiCircuitBreakers(MeterRegistry meters) {
		CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
		TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
		return breakers;
	}

	@Bean
	ModelGateway modelGateway(AiProperties settings, ObjectProvider<OfflineResponder> responders,
			CircuitBreakerRegistry breakers, MeterRegistry meters, ObjectProvider<ObservationRegistry> observations,
			ApplicationEventPublisher publisher, PlatformTransactionManager transactions, Validator validator,
			Clock clock) {
		// the gateway's own mapper: the application's omits nulls, which the output schemas require
		JsonMapper json = JsonMapper.builder().build();
		ModelProvider provider = settings.isOpenAi()
				? OpenAiProviders.create(settings, breakers, observations.getIfAvailable(() -> ObservationRegistry.NOOP),
						Pause.SLEEP, clock)
				: new OfflineProvider(() -> responders.orderedStream().toList(), json);
		log.info("Language model provider: {} (model {})", provider.name(), provider.model());
		return new ModelGatewayService(provider, new OutputReader(json, validator), new CallMetrics(meters),
				new PublishedCallEvents(publisher, transactions), clock, settings.maxPromptCharacters());
	}
}
