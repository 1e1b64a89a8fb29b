package dev.katib.connectors.airtable;

import java.net.http.HttpClient;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.json.JsonMapper;

import dev.katib.connectors.internal.ConnectorsProperties;
import dev.katib.connectors.internal.SourceAccessPolicy;
import dev.katib.connectors.internal.WebhookRows;
import dev.katib.platform.ratelimit.RateLimiter;

/** The Airtable client, its pacing and schema cache, as one backend. */
@Configuration(proxyBeanMethods = false)
class AirtableConfiguration {

	// its own mapper: a null in a write empties a field, so nulls must be written, unlike in Katib's own answers
	private final JsonMapper json = JsonMapper.builder().build();

	@Bean
	AirtableClient airtableClient(ConnectorsProperties properties, RateLimiter limiter, MeterRegistry meters) {
		var airtable = properties.airtable();
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(airtable.timeout())
			.build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
		factory.setReadTimeout(airtable.timeout());
		RestClient rest = RestClient.builder().requestFactory(factory).build();
		return new AirtableClient(rest, new AirtablePacer(limiter, airtable, meters), json, airtable);
	}

	@Bean
	AirtableSchemas airtableSchemas(AirtableClient client, ConnectorsProperties properties) {
		return new AirtableSchemas(client, properties.airtable());
	}

	@Bean
	AirtableWebhooks airtableWebhooks(AirtableClient client, WebhookRows rows, ConnectorsProperties properties,
			java.time.Clock clock) {
		return new AirtableWebhooks(client, rows, properties, clock);
	}

	@Bean
	AirtableChangeFeed airtableChangeFeed(AirtableWebhooks webhooks, SourceAccessPolicy access,
			org.springframework.context.ApplicationEventPublisher events,
			org.springframework.transaction.support.TransactionTemplate transactions) {
		return new AirtableChangeFeed(webhooks, access, events, transactions);
	}

	@Bean
	AirtableBackend airtableBackend(AirtableClient client, AirtableSchemas schemas) {
		return new AirtableBackend(client, schemas, new AirtableRecords(json));
	}
}
