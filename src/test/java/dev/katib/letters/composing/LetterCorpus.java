package dev.katib.letters.composing;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.katib.knowledge.Gender;
import dev.katib.knowledge.Honorific;
import dev.katib.knowledge.Recipient;
import dev.katib.knowledge.CategoryDefinition;
import dev.katib.knowledge.Language;
import dev.katib.letters.content.SignatureBlock;
import dev.katib.letters.drafting.DraftingRequest;
import dev.katib.letters.drafting.LetterReference;

/**
 * Forty requests a writer might give in each language, short and long, with and without figures, some replying
 * to or following up a letter, to a round of recipients; each with the facts (names, numbers, dates) its letter
 * must keep.
 */
public final class LetterCorpus {

	/** A request and the facts of it that its letter must print as they are. */
	public record Sample(String request, List<String> facts) {

		static Sample of(String request, String... facts) {
			return new Sample(request, List.of(facts));
		}
	}

	public static final List<Sample> ARABIC = List.of(
			Sample.of("نرجو التكرم بتزويدنا بتقرير الربع الثالث قبل 30 سبتمبر", "30", "سبتمبر"),
			Sample.of("اجتماع لمناقشة خطة التشجير يوم الأحد 1448/03/12 الساعة 10 صباحاً في مقر الأمانة", "1448/03/12",
					"10", "الأحد"),
			Sample.of("ندعوكم لحضور حفل تخريج الدفعة العاشرة من طلاب الكلية يوم الخميس 1448/05/20 في قاعة الملك فهد",
					"1448/05/20", "الخميس", "الملك فهد"),
			Sample.of("نهنئكم بمناسبة تعيينكم مديراً عاماً للشؤون المالية"),
			Sample.of("نفيدكم بأنه تمت الموافقة على طلبكم تمديد عقد الصيانة لمدة 6 أشهر", "6"),
			Sample.of("أرجو الموافقة على منح الموظف أحمد السالم إجازة اضطرارية لمدة 5 أيام", "أحمد السالم", "5"),
			Sample.of("نود عقد ورشة عمل مشتركة مع فريقكم لمراجعة مؤشرات الأداء"),
			Sample.of("نشكركم على تعاونكم في تنظيم المعرض الوطني للكتاب"),
			Sample.of("مرفق لكم تقرير الأداء السنوي لعام 2025 للاطلاع", "2025"),
			Sample.of("موعد تسليم المرحلة الثانية من المشروع هو 15 أكتوبر 2026", "15", "أكتوبر", "2026"),
			Sample.of("إشارة إلى خطابكم رقم 4521 وتاريخ 1448/02/10، نفيدكم بأن الطلب قيد الدراسة لدى الإدارة المختصة",
					"4521", "1448/02/10"),
			Sample.of("هل يمكنكم تزويدنا بنسخة من لائحة المشتريات المحدثة؟"),
			Sample.of("يرجى إفادتنا عن عدد المتدربين المرشحين للبرنامج، علماً بأن آخر موعد للترشيح 1448/04/01",
					"1448/04/01"),
			Sample.of("""
					نرجو التكرم بالموافقة على استضافة فريق التدقيق الداخلي في مقر إدارتكم خلال الأسبوع الثاني من الشهر القادم.
					وسيضم الفريق 4 مدققين برئاسة المهندس سعد الحربي، وسيطلع على إجراءات الصرف والتعاقد.
					علماً بأن مدة الزيارة 3 أيام، ونأمل تهيئة مكتب للفريق وتزويده بما يحتاجه من بيانات.""", "4",
					"سعد الحربي", "3"),
			Sample.of("طلب تمديد عقد توريد الأجهزة رقم PRJ-2291 لمدة 90 يوماً", "PRJ-2291", "90"),
			Sample.of("نأمل أن تتكرموا بتوجيه من يلزم لإنهاء إجراءات صرف المستحقات البالغة 125,000 ريال", "125,000"),
			Sample.of("تهنئة سعادتكم بمناسبة حصول الجامعة على الاعتماد الأكاديمي الكامل"),
			Sample.of("حفل افتتاح المقر الجديد لجمعية البر الخيرية مساء الثلاثاء 1448/06/07", "1448/06/07", "الثلاثاء"),
			Sample.of("نحيطكم علماً بأن الاجتماع الدوري للجنة سيعقد عن بعد عبر منصة Teams", "Teams"),
			Sample.of("لتحديد موعد لزيارة مصنع الشركة في المدينة الصناعية الثانية بالدمام"),
			Sample.of("أود إفادتكم بأنني سأكون خارج المملكة حتى 1448/07/15، ويمكن التواصل مع نائبي الأستاذ فهد الدوسري "
					+ "على الرقم 0501234567", "1448/07/15", "فهد الدوسري", "0501234567"),
			Sample.of("نتقدم إليكم بطلب تزويدنا بالبيانات الإحصائية للعام الماضي"),
			Sample.of("يسرنا دعوة سعادتكم للمشاركة في ملتقى الشراكة المجتمعية الثالث"),
			Sample.of("نرجو منكم التكرم بتزويدنا بأسماء ممثلي الجهة في اللجنة المشتركة قبل نهاية الأسبوع"),
			Sample.of("الرجاء تزويدنا بعرض سعر لتوريد 200 جهاز حاسب محمول", "200"),
			Sample.of("ترقية الدكتورة نورة الشمري إلى درجة أستاذ", "نورة الشمري"),
			Sample.of("يسعدنا أن نتقدم بطلب رعاية فعاليات اليوم الوطني 95", "95"),
			Sample.of("استكمالاً لما تم الاتفاق عليه في اجتماعنا الأخير، نرفق لكم محضر الاجتماع للتوقيع"),
			Sample.of("نطلب إعادة جدولة موعد الاختبار المقرر يوم 1448/08/03 بسبب تعارضه مع الإجازة الرسمية",
					"1448/08/03"),
			Sample.of("نرجو الإفادة بالموافقة"),
			Sample.of("يرجى التكرم بالاطلاع واتخاذ ما ترونه مناسباً"),
			Sample.of("فوز الفريق الوطني بالمركز الأول في مسابقة الروبوت الدولية 2026", "2026"),
			Sample.of("نود أن نحيطكم علماً بأن مكتبنا سينتقل إلى مبنى جديد اعتباراً من 1 يناير 2027", "1", "يناير",
					"2027"),
			Sample.of("لقاء تعريفي بخدمات المنصة الرقمية للجهات الحكومية"),
			Sample.of("نرغب في الاستفسار عن حالة المعاملة رقم 7781/ج", "7781/ج"),
			Sample.of("نرجو التكرم بالموافقة على مشاركة 12 موظفاً من منسوبي الإدارة في البرنامج التدريبي المتخصص في "
					+ "إدارة المشاريع الذي تنظمه الجامعة، والذي يمتد 5 أيام بواقع 6 ساعات يومياً. وقد رُشح المشاركون "
					+ "وفق احتياجات الإدارة التطويرية، ويتولى الأستاذ ماجد القحطاني التنسيق مع الجهة المنظمة، ويمكن التواصل "
					+ "معه عبر البريد majed@example.org. ونؤكد التزامنا بتحمل رسوم التسجيل البالغة 4,800 ريال عن كل "
					+ "مشارك، وتقديم تقرير عن أثر البرنامج خلال 30 يوماً من انتهائه.", "12", "5", "6", "ماجد القحطاني",
					"majed@example.org", "4,800", "30"),
			Sample.of("رداً على استفساركم بشأن رسوم الاشتراك، نفيدكم بأن الرسوم السنوية 3,500 ريال", "3,500"),
			Sample.of("ندعو معاليكم لتشريف حفل تكريم الفائزين بجائزة التميز المؤسسي"),
			Sample.of("نأمل منكم سرعة الرد على خطابنا السابق بشأن توريد الأثاث المكتبي"),
			Sample.of("تعقد الجمعية العمومية اجتماعها السنوي يوم الأربعاء 1448/09/10 بمقر الجمعية", "1448/09/10",
					"الأربعاء"));

	public static final List<Sample> ENGLISH = List.of(
			Sample.of("Please send us the third-quarter report before 30 September.", "30", "September"),
			Sample.of("A meeting to discuss the tree-planting plan on Sunday 12 October at 10 am at the municipality offices.",
					"12", "October", "10", "Sunday"),
			Sample.of("We would like to invite you to attend the graduation ceremony of our tenth class on Thursday "
					+ "20 November at the King Fahd Hall.", "20", "November", "Thursday", "King Fahd Hall"),
			Sample.of("Congratulations on your appointment as Director General of Finance."),
			Sample.of("We would like to inform you that your request to extend the maintenance contract by 6 months has "
					+ "been approved.", "6"),
			Sample.of("I would like to request five days of emergency leave for our employee Ahmed Al Salem.",
					"Ahmed Al Salem"),
			Sample.of("We would like to hold a joint workshop with your team to review the performance indicators."),
			Sample.of("Thank you for your cooperation in organising the National Book Fair.", "National Book Fair"),
			Sample.of("Please find attached the annual performance report for 2025 for your review.", "2025"),
			Sample.of("The deadline for the second phase of the project is 15 October 2026.", "15", "October", "2026"),
			Sample.of("With reference to your letter no. 4521 of 10 August, we confirm that the request is under review "
					+ "by the relevant department.", "4521", "10", "August"),
			Sample.of("Could you please send us a copy of the updated procurement regulations?"),
			Sample.of("Kindly let us know how many trainees you will nominate for the programme, noting that nominations "
					+ "close on 1 December.", "1", "December"),
			Sample.of("""
					Please approve hosting the internal audit team at your offices during the second week of next month.
					The team will include 4 auditors led by Eng. Saad Al Harbi, and will review the payment and contracting procedures.
					The visit will last 3 days; we would appreciate an office for the team and the data it needs.""",
					"4", "Saad Al Harbi", "3"),
			Sample.of("Request for an extension of equipment supply contract PRJ-2291 by 90 days.", "PRJ-2291", "90"),
			Sample.of("We would be grateful if you could arrange payment of the outstanding amount of SAR 125,000.",
					"125,000"),
			Sample.of("Congratulate them on the university obtaining full academic accreditation."),
			Sample.of("The opening ceremony of the new headquarters of Al Birr Charity on Tuesday evening, 18 November.",
					"Al Birr Charity", "Tuesday", "18", "November"),
			Sample.of("Please note that the committee's regular meeting will be held remotely on Microsoft Teams.",
					"Microsoft Teams"),
			Sample.of("To arrange a visit to the company's factory in the Second Industrial City in Dammam.", "Dammam"),
			Sample.of("I wish to inform you that I will be out of the Kingdom until 15 January, and you may contact my "
					+ "deputy, Mr Fahd Al Dosari, on 0501234567.", "15", "January", "Fahd Al Dosari", "0501234567"),
			Sample.of("We request the statistical data for last year."),
			Sample.of("We are delighted to invite you to take part in the third Community Partnership Forum.",
					"Community Partnership Forum"),
			Sample.of("Please ask them to send us the names of their representatives on the joint committee by the end "
					+ "of the week."),
			Sample.of("Please provide a quotation for the supply of 200 laptops.", "200"),
			Sample.of("The promotion of Dr Noura Al Shammari to the rank of professor.", "Noura Al Shammari"),
			Sample.of("We would be pleased to request sponsorship of the National Day 95 events.", "95"),
			Sample.of("Further to what was agreed at our last meeting, we enclose the minutes for signature."),
			Sample.of("We request that the test scheduled for 3 February be rescheduled because it clashes with the "
					+ "official holiday.", "3", "February"),
			Sample.of("Please confirm your approval."),
			Sample.of("Kindly review and take whatever action you see fit."),
			Sample.of("Winning first place in the International Robotics Competition 2026.",
					"International Robotics Competition", "2026"),
			Sample.of("We would like to let you know that our office will move to a new building from 1 January 2027.",
					"1", "January", "2027"),
			Sample.of("An introductory session on the digital platform's services for government bodies."),
			Sample.of("We would like to ask about the status of transaction 7781/J.", "7781/J"),
			Sample.of("Please approve the participation of 12 staff members in the specialised project management "
					+ "programme run by the university, which lasts 5 days at 6 hours a day. The participants were "
					+ "nominated according to the department's development needs, and Mr Majed Al Qahtani will coordinate "
					+ "with the organisers; he can be reached at majed@example.org. We undertake to pay the registration "
					+ "fee of SAR 4,800 per participant and to submit a report on the programme's impact within 30 days "
					+ "of its end.", "12", "5", "6", "Majed Al Qahtani", "majed@example.org", "4,800", "30"),
			Sample.of("In response to your enquiry about subscription fees, the annual fee is SAR 3,500.", "3,500"),
			Sample.of("We are pleased to invite you to honour the award ceremony for the Institutional Excellence Award "
					+ "winners with your presence.", "Institutional Excellence Award"),
			Sample.of("We hope you can reply soon to our previous letter on the supply of office furniture."),
			Sample.of("The General Assembly holds its annual meeting on Wednesday 10 December at the association's "
					+ "headquarters.", "General Assembly", "Wednesday", "10", "December"));

	private static final List<Recipient> ARABIC_RECIPIENTS = List.of(
			new Recipient("خالد العتيبي", Honorific.SAADA, "مدير عام الشؤون المالية", Gender.MALE, "وزارة المالية"),
			new Recipient("نورة الشمري", Honorific.DOCTOR, "عميدة كلية العلوم", Gender.FEMALE, "جامعة الملك سعود"),
			new Recipient("فيصل السعود", Honorific.MAALI, "وزير الشؤون البلدية", Gender.MALE, null),
			new Recipient(null, Honorific.MESSRS, null, null, "شركة المراعي"),
			new Recipient("محمد القحطاني", Honorific.ENGINEER, "مدير المشاريع", Gender.MALE, "أمانة منطقة الرياض"),
			new Recipient("سارة الدوسري", Honorific.MISTER, "مديرة الموارد البشرية", Gender.FEMALE, null),
			new Recipient("عبدالعزيز بن سلمان", Honorific.ROYAL_HIGHNESS, "أمير المنطقة", Gender.MALE, null),
			new Recipient("سلطان العجمي", Honorific.SHEIKH, null, Gender.MALE, null));

	private static final List<Recipient> ENGLISH_RECIPIENTS = List.of(
			new Recipient("John Smith", Honorific.DOCTOR, "Director of Finance", Gender.MALE, "Acme Ltd"),
			new Recipient("Jane Carter", Honorific.MISTER, "Head of Human Resources", Gender.FEMALE, "Northwind"),
			new Recipient("Faisal Al Saud", Honorific.MAALI, "Minister of Municipal Affairs", Gender.MALE, null),
			new Recipient(null, Honorific.MESSRS, null, null, "Contoso Trading"),
			new Recipient("Mohammed Al Qahtani", Honorific.ENGINEER, "Projects Manager", Gender.MALE, null),
			new Recipient("Sara Al Dosari", Honorific.SAADA, "Director of Planning", Gender.FEMALE, "Riyadh Region"),
			new Recipient("Abdulaziz bin Salman", Honorific.ROYAL_HIGHNESS, "Governor", Gender.MALE, null),
			new Recipient("Emily Brown", Honorific.DOCTOR, null, Gender.FEMALE, "University of Leeds"));

	public static final String ARABIC_INTRODUCTION = "شركة الريادة للحلول الرقمية شركة سعودية متخصصة في أتمتة المراسلات "
			+ "الرسمية، تخدم أكثر من 120 جهة حكومية وخاصة";

	public static final String ENGLISH_INTRODUCTION = "Riyada Digital Solutions is a Saudi company that automates "
			+ "formal correspondence for more than 120 public and private bodies";

	private LetterCorpus() {
	}

	public static List<Sample> in(Language language) {
		return language == Language.ARABIC ? ARABIC : ENGLISH;
	}

	/**
	 * The drafting request of the corpus's sample {@code index} in a category: every fifth replies to a letter, the
	 * one after it follows one up, one in ten does both, and every third is the first letter to its recipient.
	 */
	public static DraftingRequest request(CategoryDefinition category, Language language, int index) {
		boolean arabic = language == Language.ARABIC;
		Sample sample = in(language).get(index);
		List<Recipient> recipients = arabic ? ARABIC_RECIPIENTS : ENGLISH_RECIPIENTS;
		boolean citesItsOwn = index == 10 || index == 27 || index == 36;
		LetterReference replyTo = !citesItsOwn && (index % 5 == 0 || index % 10 == 3)
				? new LetterReference("IN/1448/" + (300 + index), arabic ? "1448/02/0" + (1 + index % 9) + "هـ"
						: (1 + index % 9) + " August 2026")
				: null;
		LetterReference followsUp = !citesItsOwn && (index % 5 == 1 || index % 10 == 3)
				? new LetterReference("OUT/1448/000" + (100 + index), arabic ? "1448/01/1" + index % 10 + "هـ الموافق 2026/07/0"
						+ (1 + index % 9) + "م" : "1" + index % 10 + " July 2026")
				: null;
		SignatureBlock signatory = arabic ? new SignatureBlock("المدير العام", "سارة القحطاني")
				: new SignatureBlock("Chief Executive", "Sarah Al Qahtani");
		return new DraftingRequest(category, language, recipients.get(index % recipients.size()), sample.request(),
				index % 3 == 0, arabic ? ARABIC_INTRODUCTION : ENGLISH_INTRODUCTION, replyTo, followsUp, signatory);
	}

	/** Every fact the letter of that request must print: the sample's, and the letters it cites. */
	public static List<String> facts(DraftingRequest request, int index) {
		List<String> facts = new ArrayList<>(in(request.language()).get(index).facts());
		add(facts, request.replyTo());
		add(facts, request.followsUp());
		return facts;
	}

	private static void add(List<String> facts, @Nullable LetterReference reference) {
		if (reference != null) {
			facts.add(reference.number());
			facts.add(reference.date());
		}
	}
}
