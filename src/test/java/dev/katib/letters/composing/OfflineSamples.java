package dev.katib.letters.composing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.documents.Alignment;
import dev.katib.documents.BodyBlock;
import dev.katib.documents.DigitStyle;
import dev.katib.documents.DocumentCorpus;
import dev.katib.documents.DocumentDescription;
import dev.katib.documents.DocumentKey;
import dev.katib.documents.DocumentLanguage;
import dev.katib.documents.DocumentMetadata;
import dev.katib.documents.DocumentRenderer;
import dev.katib.documents.HeaderBlock;
import dev.katib.documents.IssueDate;
import dev.katib.documents.SignatureBlock;
import dev.katib.documents.pdf.Renderers;
import dev.katib.knowledge.Gender;
import dev.katib.knowledge.Honorific;
import dev.katib.knowledge.Recipient;
import dev.katib.knowledge.CategoryDefinition;
import dev.katib.knowledge.SeedCategories;
import dev.katib.knowledge.ClosingStyle;
import dev.katib.knowledge.Language;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Verdict;
import dev.katib.letters.drafting.Draft;
import dev.katib.letters.drafting.DraftingRequest;
import dev.katib.letters.drafting.LetterReference;
import dev.katib.letters.drafting.OfflineDraftingEngine;

/**
 * Writes six letters the offline engine drafts (three Arabic, three English) as PDFs with the application's own
 * renderer to {@code docs/samples}, to read them as their recipients would (not a test). Run
 *
 * <pre>
 * ./mvnw -B test-compile exec:java -Dexec.mainClass=dev.katib.letters.composing.OfflineSamples -Dexec.classpathScope=test
 * </pre>
 *
 * then look at them: {@code pdftoppm -png -r 70 docs/samples/offline-ar-request.pdf /tmp/offline-ar-request}.
 * The letters are laid out as the letter page prints a draft ({@code letters.paper}), on the test suite's
 * letterhead, dated 1 December 2026 and without the draft watermark, so that the wording is easy to read.
 */
public final class OfflineSamples {

	private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

	private OfflineSamples() {
	}

	record Sample(String file, DraftingRequest request) {
	}

	static List<Sample> samples() {
		var arabicSigner = new dev.katib.letters.content.SignatureBlock("المدير العام", "سارة بنت محمد القحطاني");
		var englishSigner = new dev.katib.letters.content.SignatureBlock("Director General", "Sarah Al Qahtani");
		return List.of(
				new Sample("offline-ar-request", new DraftingRequest(SeedCategories.REQUEST, Language.ARABIC,
						new Recipient("نورة بنت عبدالله الشمري", Honorific.DOCTOR, "عميد كلية علوم الحاسب",
								Gender.FEMALE, "جامعة الملك سعود"),
						"""
								أرجو التكرم بالموافقة على تدريب 6 من طلاب الكلية في إدارة التحول الرقمي لدينا خلال الفصل الصيفي، \
								ابتداءً من 1448/12/01 ولمدة 8 أسابيع.
								وسيتولى المهندس فهد الدوسري الإشراف على المتدربين، ويمكن التواصل معه على الرقم 0501234567.""",
						true, LetterCorpus.ARABIC_INTRODUCTION, new LetterReference("JU/1448/2291", "1448/05/14هـ"),
						null, arabicSigner)),
				new Sample("offline-ar-meeting", new DraftingRequest(SeedCategories.MEETING, Language.ARABIC,
						new Recipient("خالد بن سعد العتيبي", Honorific.MAALI, "أمين منطقة الرياض", Gender.MALE, null),
						"اجتماع لمناقشة خطة التشجير في الأحياء الشمالية يوم الأحد 1448/06/12 الساعة 10 صباحاً في مقر الأمانة، "
								+ "بحضور ممثلين عن إدارة الحدائق والإدارة العامة للمشاريع.",
						false, null, null, new LetterReference("OUT/1448/000123", "1448/05/20هـ الموافق 2026/11/11م"),
						arabicSigner)),
				new Sample("offline-ar-congratulation", new DraftingRequest(SeedCategories.CONGRATULATION,
						Language.ARABIC, new Recipient(null, Honorific.MESSRS, null, null, "شركة المراعي"),
						"نهنئكم بمناسبة حصول الشركة على جائزة الملك عبدالعزيز للجودة في دورتها السابعة",
						false, null, null, null, arabicSigner)),
				new Sample("offline-en-request", new DraftingRequest(SeedCategories.REQUEST, Language.ENGLISH,
						new Recipient("John Smith", Honorific.DOCTOR, "Director of Finance", Gender.MALE, "Acme Ltd"),
						"Could you please send us the audited third-quarter statements before 30 December? "
								+ "Our auditors need them to close the 2026 accounts.",
						false, null, new LetterReference("AC/2026/0457", "14 November 2026"), null, englishSigner)),
				new Sample("offline-en-invitation", new DraftingRequest(SeedCategories.INVITATION, Language.ENGLISH,
						new Recipient("Jane Carter", Honorific.MISTER, "Head of Partnerships", Gender.FEMALE,
								"Northwind Foundation"),
						"The opening of our new Riyadh training centre on Thursday 17 December at 7 pm, at 12 King Fahd Road.\n"
								+ "Please confirm your attendance with Mr Omar Al Harbi on 0112345678 by 10 December.",
						true, LetterCorpus.ENGLISH_INTRODUCTION, null, null, englishSigner)),
				new Sample("offline-en-meeting", new DraftingRequest(SeedCategories.MEETING, Language.ENGLISH,
						new Recipient("Mohammed Al Qahtani", Honorific.ENGINEER, "Projects Manager", Gender.MALE,
								"Riyadh Municipality"),
						"We would like to meet your team to review the progress of the tree-planting programme and agree "
								+ "the plan for the second phase, ideally in the week of 20 December.",
						false, null, null, new LetterReference("OUT/2026/000123", "11 November 2026"), englishSigner)));
	}

	public static void main(String[] args) throws Exception {
		DocumentRenderer renderer = Renderers.pdf(0);
		Path folder = Files.createDirectories(Path.of("docs/samples"));
		for (Sample sample : samples()) {
			StructuredLetter letter = switch (OfflineDraftingEngine.draft(sample.request())) {
				case Verdict.Accepted<Draft>(Draft draft) -> draft.letter();
				case Verdict.Rejected<Draft>(var violations) -> throw new IllegalStateException(
						sample.file() + " breaks the rules: " + violations);
			};
			Files.write(folder.resolve(sample.file() + ".pdf"),
					renderer.pdf(describe(letter, sample.request().category()), DocumentCorpus.letterhead()).content());
			System.out.println(sample.file() + ": " + letter.subject());
		}
	}

	/** As the letter page prints a draft: basmala, addressee line with its prayer, greeting, body, closing. */
	static DocumentDescription describe(StructuredLetter letter, CategoryDefinition category) {
		boolean arabic = letter.language() == Language.ARABIC;
		List<BodyBlock> body = new ArrayList<>();
		if (letter.basmala()) {
			body.add(new BodyBlock.Line(StructuredLetter.BASMALA, Alignment.CENTRE, true));
		}
		body.add(new BodyBlock.AddresseeLine(letter.addressee().line(), letter.addressee().prayer()));
		letter.addressee().details().forEach(detail -> body.add(new BodyBlock.Line(detail, Alignment.START, false)));
		body.add(new BodyBlock.Line(letter.greeting(), Alignment.START, false));
		letter.paragraphs().forEach(paragraph -> body.add(new BodyBlock.Paragraph(paragraph)));
		boolean centred = arabic || letter.closing().style() == ClosingStyle.WISH;
		body.add(new BodyBlock.Line(letter.closing().text(), centred ? Alignment.CENTRE : Alignment.START, false));
		return new DocumentDescription(new DocumentKey(UUID.nameUUIDFromBytes(letter.subject().getBytes()), 1),
				arabic ? DocumentLanguage.ARABIC : DocumentLanguage.ENGLISH,
				arabic ? DigitStyle.ARABIC_INDIC : DigitStyle.WESTERN,
				new HeaderBlock(null, IssueDate.on(DAY, DocumentCorpus.RIYADH), 0, letter.subject()), body,
				signature(letter), null, false,
				new DocumentMetadata(letter.subject(), category.name(letter.language()), Instant.parse("2026-12-01T07:00:00Z")));
	}

	private static @Nullable SignatureBlock signature(StructuredLetter letter) {
		String jobTitle = letter.signature().jobTitle();
		String name = letter.signature().name();
		return new SignatureBlock(jobTitle == null ? "" : jobTitle, name == null ? "" : name, null, null, false);
	}
}
