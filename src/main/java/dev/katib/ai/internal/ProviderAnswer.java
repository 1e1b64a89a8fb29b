package dev.katib.ai.internal;

import org.jspecify.annotations.Nullable;

import dev.katib.ai.TokenUsage;

/**
 * What a provider answered, before validation.
 *
 * @param json the answer's text, expected to be JSON
 * @param model the model that answered
 * @param usage the tokens the provider reported
 * @param refusal the model's reason for declining, if it declined
 */
public record ProviderAnswer(String json, String model, TokenUsage usage, @Nullable String refusal) {
}
