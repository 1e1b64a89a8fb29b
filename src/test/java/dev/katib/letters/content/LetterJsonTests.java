package dev.katib.letters.content;

import dev.katib.knowledge.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.validation.Validation;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.ai.Attribution;
import dev.katib.ai.CallOutcome;
import dev.katib.ai.ModelCallException;
import dev.katib.ai.ModelRequest;
import dev.katib.ai.internal.OutputReader;
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
	void readsAnEditedLetterWithTheServersLanguageAndBasmalaAndNoSignatureOfItsOwn() {
		Verdict<StructuredLetter> read = LetterJson.readContent(LetterJson.writeForModel(letter), Language.ARABIC, true);

		assertThat(read).isEqualTo(new Verdict.Accepted<>(new StructuredLetter(letter.language(), letter.basmala(),
				letter.subject(), letter.addressee(), letter.greeting(), letter.paragraphs(), letter.closing(),
				new SignatureBlock(null, null))));
		assertThat(LetterJson.writeForModel(letter)).doesNotContain("signature");
	}

	@Test
	void readsAReplyWrappedInAMarkdownCodeFence() {
		String fenced = "```json\n" + LetterJson.writeForModel(letter) + "\n```";

		assertThat(LetterJson.readContent(fenced, Language.ARABIC, true)).isInstanceOf(Verdict.Accepted.class);
	}

	@Test
	void rejectsAReplyThatIsNotJson() {
		assertThat(LetterJson.readContent("Here is your letter: السلام عليكم", Language.ARABIC, true).violations())
			.extracting(Violation::rule, Violation::part)
			.extracting(tuple -> tuple.toList().toString())
			.containsExactly("[MALFORMED, reply]");
	}

	@Test
	void namesEveryPartOfAnEditThatDoesNotFollowTheSchema() {
		String reply = """
				{"subject": 12, "addressee": {"honorific": "سعادة", "jobTitle": null, "name": "خالد", "organisation": null,
				 "prayer": "سلمه الله"}, "greeting": "السلام عليكم ورحمة الله وبركاته", "paragraphs": "نص",
				 "closing": {"style": "warm", "text": "مع التحية"}, "signature": "المدير"}
				""";

		assertThat(LetterJson.readContent(reply, Language.ARABIC, true).violations()).extracting(Violation::part)
			.containsExactly("subject", "paragraphs", "closing.style", "signature");
	}

	@Test
	void aRevisionsSummaryIsOneLineAndNotEmpty() {
		LetterAnswer answer = LetterAnswer.of(letter);

		assertThat(new RevisionAnswer(answer, " ", null).checkedSummary().violations()).extracting(Violation::part)
			.containsExactly("summary");
		assertThat(new RevisionAnswer(answer, "قصّرت\nالفقرة", null).checkedSummary())
			.isEqualTo(new Verdict.Accepted<>("قصّرت الفقرة"));
		assertThat(new RevisionAnswer(answer, "ق".repeat(301), null).checkedSummary().violations())
			.extracting(Violation::rule).containsExactly(Rule.TOO_LONG);
	}

	@Test
	void aModelsLetterIsSignedByTheSignatoryTheServerKnowsWhateverItWrote() {
		var signatory = new SignatureBlock("المدير العام", "سارة القحطاني");

		StructuredLetter signed = LetterAnswer.of(letter).letter(Language.ARABIC, true, signatory);

		assertThat(signed.signature()).isEqualTo(signatory);
		assertThat(signed.subject()).isEqualTo(letter.subject());
	}

	@Test
	void theSchemasAreStrictAndHaveExactlyThePartsTheModelIsShown() {
		JsonNode schema = JSON.readTree(schema(LetterAnswer.class));
		JsonNode written = JSON.readTree(LetterJson.writeForModel(letter));

		assertThat(strictnessProblems(schema, "$")).isEmpty();
		assertThat(propertyPaths(schema, "")).isEqualTo(paths(written, ""));
		JsonNode revision = JSON.readTree(schema(RevisionAnswer.class));
		assertThat(strictnessProblems(revision, "$")).isEmpty();
		assertThat(propertyPaths(revision.path("properties").path("letter"), "")).isEqualTo(paths(written, ""));
		assertThat(revision.path("properties").path("suggestedPreference").path("type")).hasToString("[\"string\",\"null\"]");
		assertThat(schema.path("properties").path("closing").path("properties").path("style").path("enum"))
			.hasToString("[\"formal\",\"wish\"]");
	}

	@Test
	void aRevisionWithoutTheLetterIsNotReadButRepaired() {
		var reader = new OutputReader(JsonMapper.builder().build(),
				Validation.buildDefaultValidatorFactory().getValidator());
		ModelRequest<RevisionAnswer> request = ModelRequest.builder("letters.edit", RevisionAnswer.class)
			.attribution(Attribution.of(UUID.randomUUID(), UUID.randomUUID()))
			.build();

		assertThatThrownBy(() -> reader.read("{\"summary\": \"done\", \"suggestedPreference\": null}", request))
			.isInstanceOfSatisfying(ModelCallException.class,
					problem -> assertThat(problem.outcome()).isEqualTo(CallOutcome.INVALID_OUTPUT));
	}

	private static String schema(Class<?> answer) {
		return ModelRequest.builder("letters.test", answer)
			.attribution(Attribution.of(UUID.randomUUID(), UUID.randomUUID()))
			.build()
			.jsonSchema();
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
