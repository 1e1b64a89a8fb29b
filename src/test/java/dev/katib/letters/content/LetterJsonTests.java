package dev.katib.letters.content;

import dev.katib.knowledge.Language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.letters.DraftingRequests;
import dev.katib.letters.content.Violation.Rule;
import dev.katib.letters.drafting.Draft;
import dev.katib.letters.drafting.OfflineDraftingEngine;

class LetterJsonTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final StructuredLetter letter = ((Verdict.Accepted<Draft>) OfflineDraftingEngine
		.draft(DraftingRequests.arabic().replyingTo("IN/1448/000345", "1448/03/12هـ").build())).value().letter();

	@Test
	void readsBackTheStoredLetterExactly() {
		assertThat(LetterJson.read(LetterJson.write(letter))).isEqualTo(new Verdict.Accepted<>(letter));
	}

	@Test
	void readsAModelReplyWithTheServersLanguageAndBasmala() {
		Verdict<StructuredLetter> read = LetterJson.readModelReply(LetterJson.writeForModel(letter), Language.ARABIC,
				true);

		assertThat(read).isEqualTo(new Verdict.Accepted<>(letter));
	}

	@Test
	void readsAReplyWrappedInAMarkdownCodeFence() {
		String fenced = "```json\n" + LetterJson.writeForModel(letter) + "\n```";

		assertThat(LetterJson.readModelReply(fenced, Language.ARABIC, true)).isInstanceOf(Verdict.Accepted.class);
	}

	@Test
	void rejectsAReplyThatIsNotJson() {
		assertThat(LetterJson.readModelReply("Here is your letter: السلام عليكم", Language.ARABIC, true).violations())
			.extracting(Violation::rule, Violation::part)
			.extracting(tuple -> tuple.toList().toString())
			.containsExactly("[MALFORMED, reply]");
	}

	@Test
	void namesEveryPartOfAReplyThatDoesNotFollowTheSchema() {
		String reply = """
				{"subject": 12, "addressee": {"honorific": "سعادة", "jobTitle": null, "name": "خالد", "organisation": null,
				 "prayer": "سلمه الله"}, "greeting": "السلام عليكم ورحمة الله وبركاته", "paragraphs": "نص",
				 "closing": {"style": "warm", "text": "مع التحية"}}
				""";

		assertThat(LetterJson.readModelReply(reply, Language.ARABIC, true).violations()).extracting(Violation::part)
			.containsExactly("subject", "paragraphs", "closing.style", "signature");
	}

	@Test
	void readsARevisionWithItsSummary() {
		String reply = "{\"letter\": " + LetterJson.writeForModel(letter) + ", \"summary\": \"قصّرت الفقرة الثانية\"}";

		assertThat(LetterJson.readRevision(reply, Language.ARABIC, true))
			.isEqualTo(new Verdict.Accepted<>(new Revision(letter, "قصّرت الفقرة الثانية")));
	}

	@Test
	void rejectsARevisionWithAnEmptySummaryAndMakesAMultiLineSummaryOneLine() {
		String letterJson = LetterJson.writeForModel(letter);

		assertThat(LetterJson.readRevision("{\"letter\": " + letterJson + ", \"summary\": \" \"}", Language.ARABIC, true)
			.violations()).extracting(Violation::part).containsExactly("summary");
		assertThat(LetterJson.readRevision("{\"letter\": " + letterJson + ", \"summary\": \"قصّرت\\nالفقرة\"}",
				Language.ARABIC, true))
			.isEqualTo(new Verdict.Accepted<>(new Revision(letter, "قصّرت الفقرة")));
	}

	@Test
	void rejectsARevisionWithoutTheLetter() {
		assertThat(LetterJson.readRevision("{\"summary\": \"done\"}", Language.ARABIC, true).violations())
			.extracting(Violation::rule)
			.containsOnly(Rule.MALFORMED);
	}

	@Test
	void theSchemaIsStrictAndHasExactlyThePartsTheReaderWrites() {
		JsonNode schema = JSON.readTree(LetterSchema.LETTER);
		JsonNode written = JSON.readTree(LetterJson.writeForModel(letter));

		assertThat(strictnessProblems(schema, "$")).isEmpty();
		assertThat(propertyPaths(schema, "")).isEqualTo(paths(written, ""));
	}

	@Test
	void theRevisionSchemaCarriesTheLetterSchema() {
		JsonNode revision = JSON.readTree(LetterSchema.REVISION);

		assertThat(strictnessProblems(revision, "$")).isEmpty();
		assertThat(revision.path("properties").path("letter")).isEqualTo(JSON.readTree(LetterSchema.LETTER));
	}

	/** Strict structured output wants every property required and no other property allowed. */
	private static List<String> strictnessProblems(JsonNode schema, String at) {
		List<String> problems = new ArrayList<>();
		if (schema.has("properties")) {
			Set<String> properties = new TreeSet<>(schema.path("properties").propertyNames());
			Set<String> required = new TreeSet<>();
			schema.path("required").forEach(name -> required.add(name.asString()));
			if (!properties.equals(required)) {
				problems.add(at + " requires " + required + " of " + properties);
			}
			if (!schema.path("additionalProperties").isBoolean() || schema.path("additionalProperties").asBoolean()) {
				problems.add(at + " allows additional properties");
			}
			schema.path("properties").properties()
				.forEach(entry -> problems.addAll(strictnessProblems(entry.getValue(), at + "." + entry.getKey())));
		}
		return problems;
	}

	private static Set<String> propertyPaths(JsonNode schema, String prefix) {
		Set<String> paths = new TreeSet<>();
		schema.path("properties").properties().forEach(entry -> {
			paths.add(prefix + entry.getKey());
			paths.addAll(propertyPaths(entry.getValue(), prefix + entry.getKey() + "."));
		});
		return paths;
	}

	private static Set<String> paths(JsonNode value, String prefix) {
		Set<String> paths = new TreeSet<>();
		if (value.isObject()) {
			value.properties().forEach(entry -> {
				paths.add(prefix + entry.getKey());
				paths.addAll(paths(entry.getValue(), prefix + entry.getKey() + "."));
			});
		}
		return paths;
	}
}
