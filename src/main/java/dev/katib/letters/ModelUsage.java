package dev.katib.letters;

/**
 * The model that wrote a version and what it cost.
 *
 * @param model the model's name as the provider reports it
 * @param inputTokens tokens sent
 * @param outputTokens tokens received
 */
public record ModelUsage(String model, int inputTokens, int outputTokens) {
}
