package dev.katib.letters.prompt;

/**
 * What is sent to a model for one structured answer; the answer's schema comes from the record it is read into.
 *
 * @param system the system prompt: the rules
 * @param user the user message: the material, fenced as data
 */
public record Prompt(String system, String user) {
}
