package dev.katib.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.knowledge.CategoryDefinition;
import dev.katib.knowledge.DraftingKnowledge;
import dev.katib.knowledge.Gender;
import dev.katib.knowledge.Honorific;
import dev.katib.knowledge.Language;
import dev.katib.knowledge.Recipient;
import dev.katib.knowledge.ReferenceLetter;
import dev.katib.knowledge.SeedCategories;
import dev.katib.knowledge.StyleRule;
import dev.katib.knowledge.WriterPreference;
import dev.katib.letters.content.LetterAnswer;
import dev.katib.letters.content.LetterJson;
import dev.katib.letters.content.SignatureBlock;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Verdict;
import dev.katib.letters.drafting.Draft;
import dev.katib.letters.drafting.DraftingRequest;
import dev.katib.letters.drafting.OfflineDraftingEngine;
import dev.katib.letters.prompt.DraftingPrompt;
import dev.katib.letters.validation.Expectations;
import dev.katib.letters.validation.LetterValidator;

/**
 * The work Katib does around a model call when it drafts (not a test): assembling the prompt from the
 * organisation's knowledge (10 style rules, 3 reference letters of about 1,400 characters, 2 preferences), and
 * reading and validating the model's Arabic letter. Run it with
 *
 * <pre>
 * ./mvnw -B test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath org.openjdk.jmh.Main DraftingWorkBenchmark"
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DraftingWorkBenchmark {

	static final String REQUEST = "نرجو التكرم بالموافقة على تمديد فترة التدريب الميداني لطلاب الكلية لدى إدارتكم حتى نهاية الفصل الدراسي";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private DraftingRequest request;

	private DraftingKnowledge knowledge;

	private String answer;

	private Expectations expected;

	@Setup
	public void knowledge() {
		request = request("كاتب الاختبار");
		UUID writer = UUID.randomUUID();
		List<StyleRule> rules = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			rules.add(new StyleRule(i % 2 == 0 ? null : "request", "قاعدة الكتابة رقم " + i + ": اكتب بلغة رسمية واضحة"));
		}
		List<ReferenceLetter> references = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			references.add(new ReferenceLetter("request", ("يسرنا أن نتقدم إليكم بطلب التعاون في تنظيم برنامج مشترك "
					+ "يخدم أهداف الجهتين. ").repeat(15)));
		}
		List<WriterPreference> preferences = List.of(new WriterPreference(writer, "اجعل الخطاب موجزاً"),
				new WriterPreference(UUID.randomUUID(), "preference of a colleague"));
		knowledge = new DraftingKnowledge(writer, rules, references, preferences, null);
		answer = LetterJson.writeForModel(answerLetter(request));
		expected = request.expectations(knowledge.referenceLettersFor("request"));
	}

	/** The system prompt and user message of one draft. */
	@Benchmark
	public Object promptAssembly() {
		return DraftingPrompt.of(request, knowledge);
	}

	/**
	 * A model's answer read as drafting reads it: bound to {@link LetterAnswer}, signed by the signatory Katib knows,
	 * and checked against every rule of a correct letter.
	 */
	@Benchmark
	public StructuredLetter readingAndValidating() {
		StructuredLetter letter = JSON.readValue(answer, LetterAnswer.class)
			.letter(Language.ARABIC, true, request.signatory());
		if (!LetterValidator.violations(letter, expected).isEmpty()) {
			throw new IllegalStateException("the benchmark's letter must be valid");
		}
		return letter;
	}

	/** A request for a letter in the «request» category to a man at a ministry, signed by the writer named. */
	static DraftingRequest request(String writerName) {
		CategoryDefinition category = SeedCategories.ALL.stream()
			.filter(candidate -> candidate.key().equals("request"))
			.findFirst()
			.orElseThrow();
		return new DraftingRequest(category, Language.ARABIC,
				new Recipient(null, Honorific.SAADA, "مدير إدارة الموارد البشرية", Gender.MALE, "وزارة التعليم"),
				REQUEST, true, null, null, null, new SignatureBlock(null, writerName));
	}

	/** A valid letter answering the request, as a model would write it. */
	static StructuredLetter answerLetter(DraftingRequest request) {
		if (OfflineDraftingEngine.draft(request) instanceof Verdict.Accepted<Draft>(Draft draft)) {
			return draft.letter();
		}
		throw new IllegalStateException("the benchmark's request must make a valid letter");
	}
}
