package dev.katib.usage.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.katib.ai.OfflineResponder;
import dev.katib.ai.TokenUsage;

/**
 * What model tokens cost, per provider and model, in currency units per million tokens. The offline
 * engine is free; a model missing from the table has no known cost.
 */
final class PriceTable {

	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

	private final Map<String, Price> prices;

	private PriceTable(Map<String, Price> prices) {
		this.prices = Map.copyOf(prices);
	}

	/** Reads {@code provider/model=input:output} entries separated by commas. */
	static PriceTable parse(String table) {
		Map<String, Price> prices = new HashMap<>();
		for (String entry : table.split(",")) {
			if (entry.isBlank()) {
				continue;
			}
			String[] keyAndPrice = entry.trim().split("=", 2);
			String[] inputAndOutput = keyAndPrice.length == 2 ? keyAndPrice[1].split(":", 2) : new String[0];
			if (keyAndPrice.length != 2 || !keyAndPrice[0].contains("/") || inputAndOutput.length != 2) {
				throw invalid(entry);
			}
			try {
				Price price = new Price(new BigDecimal(inputAndOutput[0].trim()), new BigDecimal(inputAndOutput[1].trim()));
				if (price.input().signum() < 0 || price.output().signum() < 0) {
					throw invalid(entry);
				}
				prices.put(keyAndPrice[0].trim(), price);
			}
			catch (NumberFormatException ex) {
				throw invalid(entry);
			}
		}
		return new PriceTable(prices);
	}

	/** The cost of the tokens, or {@code null} when the model has no price. */
	@Nullable BigDecimal cost(String provider, String model, TokenUsage usage) {
		if (OfflineResponder.PROVIDER.equals(provider)) {
			return BigDecimal.ZERO;
		}
		Price price = prices.getOrDefault(provider + "/" + model, prices.get(provider + "/*"));
		if (price == null) {
			return null;
		}
		return price.input()
			.multiply(BigDecimal.valueOf(usage.input()))
			.add(price.output().multiply(BigDecimal.valueOf(usage.output())))
			.divide(MILLION, 8, RoundingMode.HALF_UP);
	}

	private static IllegalArgumentException invalid(String entry) {
		return new IllegalArgumentException("KATIB_USAGE_PRICES has an entry that is not "
				+ "'provider/model=input:output' with prices per million tokens: '" + entry.trim() + "'");
	}

	private record Price(BigDecimal input, BigDecimal output) {
	}
}
