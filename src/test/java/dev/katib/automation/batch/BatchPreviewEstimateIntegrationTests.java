package dev.katib.automation.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.katib.connectors.SourceRecords;
import dev.katib.connectors.SourcesClient;
import dev.katib.support.FakeModelServer;
import dev.katib.support.FakeModelServer.Reply;
import dev.katib.support.IntegrationTest;
import dev.katib.support.ModelGatewaySwitch;
import dev.katib.usage.QuotaLimits;
import dev.katib.usage.Quotas;

/**
 * A run's preview drafts its first letters with the model without using the organisation's quota (recorded in the
 * ledger as preview usage and audited), and estimates the whole run from their real usage.
 */
class BatchPreviewEstimateIntegrationTests extends IntegrationTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	ModelGatewaySwitch gateways;

	@Autowired
	Quotas quotas;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SourceRecords records;

	@Test
	void thePreviewUsesNoQuotaAndEstimatesTheRunFromItsLettersRealUsage() throws Exception {
		var organisation = accounts.organisation();
		SchoolsTable schools = SchoolsTable.of(context, organisation, 0);
		// ten rows asking for the same letter, so that one model answer is right for each of them
		IntStream.rangeClosed(1, 10).forEach(n -> records.create(schools.owner(), schools.table(),
				Map.of("School name", "مدرسة النور الأهلية", "City", "جدة", "Head teacher", "الأستاذ سالم")));
		UUID tenant = organisation.tenantId();
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		var owner = organisation.owner();
		String offlineRun = "/api/v1/batches/" + api.post(owner, "/api/v1/batches", body(schools), 201).path("id").asString();
		JsonNode offline = api.post(owner, offlineRun + "/preview", Map.of(), 200);
		assertThat(offline.path("estimate").path("count").asInt()).isEqualTo(10);
		assertThat(offline.path("estimate").path("tokens").asLong()).isZero();
		String answer = answer(api.get(owner, "/api/v1/letters/" + offline.path("letters").get(0).path("id").asString(), 200));

		// the organisation may draft two letters this month: fewer than the preview drafts
		quotas.limitOrganisation(tenant, new QuotaLimits(2L, null));
		String run = "/api/v1/batches/" + api.post(owner, "/api/v1/batches", body(schools), 201).path("id").asString();
		JsonNode preview;
		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			IntStream.range(0, 3).forEach(n -> model.enqueue(Reply.answer(answer).usage(800, 250)));
			preview = api.post(owner, run + "/preview", Map.of(), 200);
			assertThat(model.requests()).hasSize(3);
		}
		assertThat(preview.path("letters").size()).isEqualTo(3);
		preview.path("letters").forEach(letter -> assertThat(letter.path("drafting").asString()).isEqualTo("DONE"));
		JsonNode estimate = preview.path("estimate");
		assertThat(estimate.path("count").asInt()).isEqualTo(10);
		assertThat(estimate.path("sampled").asInt()).isEqualTo(3);
		assertThat(estimate.path("tokensEach").asLong()).isEqualTo(1050);
		assertThat(estimate.path("tokens").asLong()).isEqualTo(10_500);
		assertThat(estimate.path("lettersRemaining").asInt()).isEqualTo(2);
		assertThat(estimate.path("covered").asBoolean(true)).isFalse();

		// nothing was charged to the quota; the ledger keeps the calls as preview usage; the exemptions are audited
		assertThat(jdbc.sql("SELECT COALESCE(sum(letters_used), 0) FROM usage_counter WHERE tenant_id = ?")
			.param(tenant).query(Long.class).single()).isZero();
		String previewed = preview.path("letters").valueStream().map(letter -> "'" + letter.path("id").asString() + "'")
			.collect(java.util.stream.Collectors.joining(","));
		assertThat(jdbc.sql("SELECT count(*) FROM usage_model_call WHERE tenant_id = ? AND purpose = 'BATCH_PREVIEW'"
				+ " AND subject_type = 'letter' AND subject_id IN (" + previewed + ")")
			.param(tenant).query(Long.class).single()).isEqualTo(3);
		java.math.BigDecimal ledgerCost = jdbc.sql("""
				SELECT sum(cost) FROM usage_model_call WHERE tenant_id = ? AND purpose = 'BATCH_PREVIEW'
				   AND subject_id IN (""" + previewed + ")")
			.param(tenant).query((row, n) -> java.util.Optional.ofNullable(row.getBigDecimal(1))).single().orElse(null);
		if (ledgerCost == null) {
			assertThat(estimate.has("cost")).as("a model without a price has no cost").isFalse();
		}
		else {
			assertThat(estimate.path("cost").decimalValue()).isEqualByComparingTo(ledgerCost.multiply(
					java.math.BigDecimal.TEN).divide(java.math.BigDecimal.valueOf(3), 4, java.math.RoundingMode.HALF_UP));
		}
		assertThat(jdbc.sql("""
				SELECT count(*) FROM audit_entry WHERE tenant_id = ? AND action = 'usage.quota-exempted'
				 AND details ->> 'reference' = ?""")
			.params(tenant, "batch-run:" + run.substring(run.lastIndexOf('/') + 1)).query(Long.class).single())
			.isEqualTo(3);
		// asking again answers the same letters, drafting none
		assertThat(api.post(owner, run + "/preview", Map.of(), 200).path("letters").get(0).path("id").asString())
			.isEqualTo(preview.path("letters").get(0).path("id").asString());
	}

	private static Map<String, Object> body(SchoolsTable schools) {
		return Map.of("name", "دعوة معرض العلوم", "sourceId", schools.table().sourceId().toString(), "baseId",
				schools.table().baseId(), "tableId", schools.table().tableId(), "category", "request", "language", "ar",
				"template", SchoolsTable.TEMPLATE);
	}

	private static String answer(JsonNode letter) {
		ObjectNode content = (ObjectNode) letter.path("version").path("content").deepCopy();
		content.remove("language");
		content.remove("basmala");
		content.remove("signature");
		return content.toString();
	}
}
