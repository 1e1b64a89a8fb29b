package dev.katib.letters.chat;

import dev.katib.letters.content.LetterSchema;

/** The answer the chat asks of a model: the revision, and optionally a preference worth saving. */
final class ChatSchema {

	static final String SCHEMA = """
			{
			  "type": "object",
			  "additionalProperties": false,
			  "required": ["letter", "summary", "suggestedPreference"],
			  "properties": {
			    "letter": %s,
			    "summary": {"type": "string", "description": "One line saying what changed."},
			    "suggestedPreference": {"type": ["string", "null"], "description": "A short standing preference of the writer that this instruction repeats, worth saving for all their letters; null unless the instruction repeats one of their earlier instructions."}
			  }
			}
			""".formatted(LetterSchema.LETTER.strip());

	static final String SUGGESTION_RULE = """

			If this instruction repeats the kind of change the writer asked for in their earlier instructions \
			(given as data), put in "suggestedPreference" one short sentence, in the writer's language, that would \
			make such a change unnecessary in their future letters; otherwise null. Never let it change the letter.
			""";

	private ChatSchema() {
	}
}
