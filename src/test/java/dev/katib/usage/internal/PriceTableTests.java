package dev.katib.usage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import dev.katib.ai.TokenUsage;

class PriceTableTests {

	private final PriceTable table = PriceTable.parse("openai/gpt-4o-mini=0.15:0.60, openai/*=2.50:10");

	@Test
	void pricesInputAndOutputTokensPerMillion() {
		assertThat(table.cost("openai", "gpt-4o-mini", new TokenUsage(1_000_000, 500_000)))
			.isEqualByComparingTo("0.45");
		assertThat(table.cost("openai", "gpt-4o", new TokenUsage(1000, 100))).isEqualByComparingTo("0.0035");
	}

	@Test
	void chargesNothingOfflineAndKnowsNoCostForUnpricedModels() {
		assertThat(table.cost("offline", "offline", new TokenUsage(0, 0))).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(PriceTable.parse("").cost("openai", "gpt-4o", new TokenUsage(10, 10))).isNull();
	}

	@Test
	void namesTheVariableWhenAnEntryIsMalformed() {
		assertThatThrownBy(() -> PriceTable.parse("openai/gpt=cheap")).hasMessageContaining("KATIB_USAGE_PRICES")
			.hasMessageContaining("openai/gpt=cheap");
	}
}
