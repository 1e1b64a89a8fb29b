package dev.katib.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.support.IntegrationTest;

class SourcesOpenApiIntegrationTests extends IntegrationTest {

	@Test
	void everySourcesOperationIsInTheOpenApiDocumentWithASummary() {
		byte[] document = client().get().uri("/v3/api-docs").exchange().expectStatus().isOk()
			.expectBody().returnResult().getResponseBody();
		JsonNode paths = JsonMapper.builder().build().readTree(document).path("paths");
		List<String> operations = new ArrayList<>();
		List<String> withoutSummary = new ArrayList<>();
		paths.properties().stream().filter(p -> p.getKey().startsWith("/api/v1/sources")).forEach(path ->
			path.getValue().properties().forEach(operation -> {
				operations.add(operation.getKey() + " " + path.getKey());
				if (operation.getValue().path("summary").asString("").isBlank()) {
					withoutSummary.add(operation.getKey() + " " + path.getKey());
				}
			}));

		assertThat(operations).contains("post /api/v1/sources",
				"get /api/v1/sources/{sourceId}/bases/{baseId}/tables/{tableId}/records",
				"post /api/v1/sources/{sourceId}/bases/{baseId}/tables/{tableId}/imports",
				"put /api/v1/sources/{sourceId}/bases/{baseId}/tables/{tableId}/mapping",
				"post /api/v1/sources/airtable-notifications").hasSizeGreaterThanOrEqualTo(17);
		assertThat(withoutSummary).isEmpty();
	}
}
