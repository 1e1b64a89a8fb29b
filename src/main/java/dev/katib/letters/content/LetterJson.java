package dev.katib.letters.content;

import dev.katib.knowledge.ClosingStyle;
import dev.katib.knowledge.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes structured letters as JSON: the stored form (with signature, language and basmala) and the
 * form of {@link LetterAnswer}, in which a model sees a letter and a person edits one. Reading never throws: what
 * cannot be read is reported as violations.
 */
public final class LetterJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/** About 16 MB of letters: what a busy server shows again and again, as lists are read more than written. */
	private static final long REMEMBERED_CHARACTERS = 8_000_000;

	/**
	 * Stored letters never change, so the same text read again is the same letter, and the same letter written
	 * again the same text: a page of 20 letters would otherwise parse and write 20 JSON documents per request.
	 */
	private static final Cache<String, StructuredLetter> READ = Caffeine.newBuilder()
		.maximumWeight(REMEMBERED_CHARACTERS)
		.<String, StructuredLetter>weigher((json, letter) -> json.length())
		.build();

	private static final Cache<StructuredLetter, String> WRITTEN = Caffeine.newBuilder()
		.maximumWeight(REMEMBERED_CHARACTERS)
		.<StructuredLetter, String>weigher((letter, json) -> json.length())
		.build();

	private LetterJson() {
	}

	/** The stored form: every part, with the signature block, the language code and the basmala flag. */
	public static String write(StructuredLetter letter) {
		return WRITTEN.get(letter, LetterJson::serialise);
	}

	private static String serialise(StructuredLetter letter) {
		ObjectNode root = modelNode(letter);
		ObjectNode signature = root.putObject("signature");
		signature.put("jobTitle", letter.signature().jobTitle());
		signature.put("name", letter.signature().name());
		root.put("language", letter.language().code());
		root.put("basmala", letter.basmala());
		return MAPPER.writeValueAsString(root);
	}

	/**
	 * The form of {@link LetterAnswer}, as a model sees the current letter when asked to revise it: without the
	 * signature block, which is the server's.
	 */
	public static String writeForModel(StructuredLetter letter) {
		return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(modelNode(letter));
	}

	/** Reads the stored form. */
	public static Verdict<StructuredLetter> read(String json) {
		StructuredLetter known = READ.getIfPresent(json);
		if (known != null) {
			return new Verdict.Accepted<>(known);
		}
		Verdict<StructuredLetter> read = readStored(json);
		if (read instanceof Verdict.Accepted<StructuredLetter>(StructuredLetter letter)) {
			READ.put(json, letter);
		}
		return read;
	}

	private static Verdict<StructuredLetter> readStored(String json) {
		return parse(json).<Verdict<StructuredLetter>>map(root -> {
			List<Violation> violations = new ArrayList<>();
			Optional<Language> language = Language.fromCode(root.path("language").asString(""));
			if (language.isEmpty()) {
				violations.add(malformed("language", "must be \"ar\" or \"en\""));
			}
			if (!root.path("basmala").isBoolean()) {
				violations.add(malformed("basmala", "must be true or false"));
			}
			return letter(root, language.orElse(Language.ARABIC), root.path("basmala").asBoolean(false), true,
					violations);
		}).orElseGet(() -> notJson());
	}

	/**
	 * Reads a letter's parts as a person sends them in an edit, in the form of {@link LetterAnswer}; the language
	 * and basmala are the server's, and so is the signature block, which is read only when it is there.
	 */
	public static Verdict<StructuredLetter> readContent(String content, Language language, boolean basmala) {
		return parse(content).<Verdict<StructuredLetter>>map(
				root -> letter(root, language, basmala, root.has("signature"), new ArrayList<>()))
			.orElseGet(() -> notJson());
	}

	private static Verdict<StructuredLetter> letter(JsonNode root, Language language, boolean basmala,
			boolean signed, List<Violation> violations) {
		String subject = requiredText(root, "subject", "subject", violations);
		JsonNode addresseeNode = object(root, "addressee", violations);
		var addressee = new AddresseeBlock(requiredText(addresseeNode, "honorific", "addressee.honorific", violations),
				optionalText(addresseeNode, "jobTitle", "addressee.jobTitle", violations),
				optionalText(addresseeNode, "name", "addressee.name", violations),
				optionalText(addresseeNode, "organisation", "addressee.organisation", violations),
				optionalText(addresseeNode, "prayer", "addressee.prayer", violations));
		String greeting = requiredText(root, "greeting", "greeting", violations);
		List<String> paragraphs = paragraphs(root, violations);
		JsonNode closingNode = object(root, "closing", violations);
		ClosingStyle style = closingStyle(closingNode, violations);
		var closing = new Closing(style, requiredText(closingNode, "text", "closing.text", violations));
		var signature = new SignatureBlock(null, null);
		if (signed) {
			JsonNode signatureNode = object(root, "signature", violations);
			signature = new SignatureBlock(optionalText(signatureNode, "jobTitle", "signature.jobTitle", violations),
					optionalText(signatureNode, "name", "signature.name", violations));
		}
		if (!violations.isEmpty()) {
			return new Verdict.Rejected<>(violations);
		}
		return new Verdict.Accepted<>(
				new StructuredLetter(language, basmala, subject, addressee, greeting, paragraphs, closing, signature));
	}

	private static ObjectNode modelNode(StructuredLetter letter) {
		ObjectNode root = MAPPER.createObjectNode();
		root.put("subject", letter.subject());
		ObjectNode addressee = root.putObject("addressee");
		addressee.put("honorific", letter.addressee().honorific());
		addressee.put("jobTitle", letter.addressee().jobTitle());
		addressee.put("name", letter.addressee().name());
		addressee.put("organisation", letter.addressee().organisation());
		addressee.put("prayer", letter.addressee().prayer());
		root.put("greeting", letter.greeting());
		ArrayNode paragraphs = root.putArray("paragraphs");
		letter.paragraphs().forEach(paragraphs::add);
		ObjectNode closing = root.putObject("closing");
		closing.put("style", letter.closing().style().code());
		closing.put("text", letter.closing().text());
		return root;
	}

	/** Models sometimes wrap JSON in a Markdown code fence; the content is still the answer. */
	private static Optional<JsonNode> parse(String reply) {
		String text = reply.strip();
		if (text.startsWith("```")) {
			int firstLine = text.indexOf('\n');
			int lastFence = text.lastIndexOf("```");
			text = firstLine > 0 && lastFence > firstLine ? text.substring(firstLine + 1, lastFence) : text;
		}
		try {
			JsonNode root = MAPPER.readTree(text);
			return root != null && root.isObject() ? Optional.of(root) : Optional.empty();
		}
		catch (JacksonException unreadable) {
			return Optional.empty();
		}
	}

	private static <T> Verdict<T> notJson() {
		return new Verdict.Rejected<>(List.of(malformed("reply", "is not a JSON object following the schema")));
	}

	private static JsonNode object(JsonNode parent, String field, List<Violation> violations) {
		JsonNode node = parent.path(field);
		if (!node.isObject()) {
			violations.add(malformed(field, "must be an object"));
		}
		return node;
	}

	private static String requiredText(JsonNode parent, String field, String part, List<Violation> violations) {
		JsonNode node = parent.path(field);
		if (!node.isString()) {
			if (parent.isObject()) {
				violations.add(malformed(part, "must be a string"));
			}
			return "";
		}
		return node.stringValue().strip();
	}

	private static @Nullable String optionalText(JsonNode parent, String field, String part,
			List<Violation> violations) {
		JsonNode node = parent.path(field);
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			if (parent.isObject()) {
				violations.add(malformed(part, "must be a string or null"));
			}
			return null;
		}
		String text = node.stringValue().strip();
		return text.isEmpty() ? null : text;
	}

	private static List<String> paragraphs(JsonNode root, List<Violation> violations) {
		JsonNode node = root.path("paragraphs");
		if (!node.isArray()) {
			violations.add(malformed("paragraphs", "must be an array of strings"));
			return List.of();
		}
		List<String> paragraphs = new ArrayList<>();
		for (int i = 0; i < node.size(); i++) {
			if (!node.get(i).isString()) {
				violations.add(malformed("paragraphs[" + i + "]", "must be a string"));
				continue;
			}
			paragraphs.add(node.get(i).stringValue().strip());
		}
		return paragraphs;
	}

	private static ClosingStyle closingStyle(JsonNode closing, List<Violation> violations) {
		String code = closing.path("style").asString("");
		for (ClosingStyle style : ClosingStyle.values()) {
			if (style.code().equals(code)) {
				return style;
			}
		}
		if (closing.isObject()) {
			violations.add(malformed("closing.style", "must be \"formal\" or \"wish\""));
		}
		return ClosingStyle.FORMAL;
	}

	private static Violation malformed(String part, String message) {
		return new Violation(Violation.Rule.MALFORMED, part, message);
	}
}
