package dev.katib.letters.prompt;

/**
 * What is sent to a model for one structured answer.
 *
 * @param system the system prompt: the rules
 * @param user the user message: the material, fenced as data
 * @param schemaName the name of the JSON schema the answer follows
 * @param schema the JSON schema of the answer
 */
public record Prompt(String system, String user, String schemaName, String schema) {
}
