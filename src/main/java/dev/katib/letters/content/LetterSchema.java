package dev.katib.letters.content;

/**
 * The JSON schemas a model's structured output must follow. They are written for strict structured output:
 * every property is required, optional values are {@code null}, no other property is allowed. The language
 * and the basmala are not asked of the model: the server decides them.
 */
public final class LetterSchema {

	/** The name under which the letter schema is sent to a model. */
	public static final String LETTER_NAME = "formal_letter";

	/** The name under which the revision schema is sent to a model. */
	public static final String REVISION_NAME = "revised_letter";

	/** A drafted letter. */
	public static final String LETTER = """
			{
			  "type": "object",
			  "additionalProperties": false,
			  "required": ["subject", "addressee", "greeting", "paragraphs", "closing", "signature"],
			  "properties": {
			    "subject": {"type": "string", "description": "The subject line, without a label."},
			    "addressee": {
			      "type": "object",
			      "additionalProperties": false,
			      "required": ["honorific", "jobTitle", "name", "organisation", "prayer"],
			      "properties": {
			        "honorific": {"type": "string", "description": "The honorific, agreeing in gender with the recipient."},
			        "jobTitle": {"type": ["string", "null"], "description": "The recipient's position, agreeing in gender."},
			        "name": {"type": ["string", "null"], "description": "The recipient's name."},
			        "organisation": {"type": ["string", "null"], "description": "The recipient's organisation."},
			        "prayer": {"type": ["string", "null"], "description": "Arabic only: the prayer phrase at the end of the addressee line; null in English."}
			      }
			    },
			    "greeting": {"type": "string", "description": "The greeting line or salutation."},
			    "paragraphs": {"type": "array", "items": {"type": "string"}, "description": "The body paragraphs, in order."},
			    "closing": {
			      "type": "object",
			      "additionalProperties": false,
			      "required": ["style", "text"],
			      "properties": {
			        "style": {"type": "string", "enum": ["formal", "wish"], "description": "formal: a closing formula; wish: a congratulation wish with no formal closing."},
			        "text": {"type": "string", "description": "The closing line exactly as printed."}
			      }
			    },
			    "signature": {
			      "type": "object",
			      "additionalProperties": false,
			      "required": ["jobTitle", "name"],
			      "properties": {
			        "jobTitle": {"type": ["string", "null"]},
			        "name": {"type": ["string", "null"]}
			      }
			    }
			  }
			}
			""";

	/** A revised letter and a one-line summary of what changed. */
	public static final String REVISION = """
			{
			  "type": "object",
			  "additionalProperties": false,
			  "required": ["letter", "summary"],
			  "properties": {
			    "letter": %s,
			    "summary": {"type": "string", "description": "One line saying what changed."}
			  }
			}
			""".formatted(LETTER.strip());

	private LetterSchema() {
	}
}
