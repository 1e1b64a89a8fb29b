package dev.katib.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import dev.katib.documents.BodyBlock.AddresseeLine;
import dev.katib.documents.BodyBlock.Line;
import dev.katib.documents.BodyBlock.Paragraph;
import dev.katib.documents.BodyBlock.Table;

/** Arabic, English and mixed documents the rendering tests print and read back. */
public final class DocumentCorpus {

	public static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

	public static final String NUMBER = "OUT/1448/000123";

	public static final String BASMALA = "بسم الله الرحمن الرحيم";

	public static final String ARABIC_SUBJECT = "طلب تجهيز قاعة التدريب";

	public static final String ARABIC_PARAGRAPH = "نفيدكم بأن إدارة التدريب تعتزم عقد دورة بعنوان Project Management "
			+ "خلال الأسبوع القادم، ونأمل التكرم بتجهيز القاعة الرئيسة بما يلزم من أجهزة العرض والحواسيب، "
			+ "علمًا بأن عدد المتدربين ٢٥ متدربًا وأن الدورة مرتبطة بالخطاب رقم " + NUMBER
			+ " المؤرخ في بداية الشهر، وللاستفسار يمكن التواصل عبر البريد training@example.org في أي وقت.";

	public static final String ARABIC_CLOSING = "وتقبلوا فائق الاحترام والتقدير،،،";

	public static final String ENGLISH_PARAGRAPH = "We are pleased to confirm that the training department will hold a "
			+ "course on project management next week. We kindly ask you to prepare the main hall with projectors and "
			+ "computers for 25 trainees. This request follows our letter " + NUMBER
			+ " and the reply of the «إدارة المرافق» team, who can be reached at any time.";

	private DocumentCorpus() {
	}

	public static Letterhead letterhead(UUID tenantId) {
		return new Letterhead(UUID.fromString("0195d3a0-0000-7000-8000-000000000001"), tenantId, 3,
				"جمعية الكاتب الخيرية", "Katib Charitable Society", new DocumentImage(logoPng()), "#0b5d4b", "#6b5a2e",
				List.of("الرياض، طريق الملك فهد — هاتف 0112345678", "www.katib.example"), new Margins(38, 20, 25, 20),
				PageSize.A4);
	}

	public static Letterhead letterhead() {
		return letterhead(UUID.fromString("0195d3a0-0000-7000-8000-00000000000a"));
	}

	public static DocumentDescription arabicLetter() {
		return arabic(List.of(new Line(BASMALA, Alignment.CENTRE, true),
				new AddresseeLine("سعادة مدير إدارة المرافق", "سلمه الله"),
				new Line("السلام عليكم ورحمة الله وبركاته", Alignment.START, false), new Paragraph(ARABIC_PARAGRAPH),
				new Line(ARABIC_CLOSING, Alignment.CENTRE, false)), false);
	}

	public static DocumentDescription arabicWithTable() {
		return arabic(List.of(new Line(BASMALA, Alignment.CENTRE, true), new Paragraph("نرفق لكم بيان الأجهزة المطلوبة:"),
				new Table(List.of("الجهاز", "العدد", "ملاحظات"),
						List.of(List.of("جهاز عرض", "٢", "بدقة عالية"), List.of("حاسب محمول", "25", "Windows 11"))),
				new Line(ARABIC_CLOSING, Alignment.CENTRE, false)), false);
	}

	public static DocumentDescription twoPageArabic() {
		List<BodyBlock> body = new ArrayList<>();
		body.add(new Line(BASMALA, Alignment.CENTRE, true));
		for (int i = 0; i < 9; i++) {
			body.add(new Paragraph(ARABIC_PARAGRAPH));
		}
		body.add(new Line(ARABIC_CLOSING, Alignment.CENTRE, false));
		return arabic(body, true);
	}

	public static DocumentDescription englishLetter() {
		return new DocumentDescription(new DocumentKey(UUID.fromString("0195d3a0-0000-7000-8000-0000000000e1"), 1),
				DocumentLanguage.ENGLISH, DigitStyle.WESTERN,
				new HeaderBlock(NUMBER, IssueDate.on(LocalDate.of(2025, 3, 1), RIYADH), 1, "Preparing the training hall"),
				List.of(new AddresseeLine("Director of Facilities", null), new Line("Dear Director,", Alignment.START, false),
						new Paragraph(ENGLISH_PARAGRAPH), new Line("Yours sincerely,", Alignment.START, false)),
				signature(), verification(), false, metadata("Preparing the training hall"));
	}

	public static DocumentDescription arabic(List<BodyBlock> body, boolean draft) {
		return new DocumentDescription(new DocumentKey(UUID.fromString("0195d3a0-0000-7000-8000-0000000000a1"), 2),
				DocumentLanguage.ARABIC, DigitStyle.ARABIC_INDIC,
				new HeaderBlock(NUMBER, IssueDate.on(LocalDate.of(2025, 3, 1), RIYADH), 2, ARABIC_SUBJECT), body,
				signature(), verification(), draft, metadata(ARABIC_SUBJECT));
	}

	/** A document of body blocks only, without signature or verification. */
	public static DocumentDescription plain(DocumentLanguage language, List<BodyBlock> body) {
		return new DocumentDescription(new DocumentKey(UUID.fromString("0195d3a0-0000-7000-8000-0000000000b1"), 1),
				language, language == DocumentLanguage.ARABIC ? DigitStyle.ARABIC_INDIC : DigitStyle.WESTERN,
				new HeaderBlock(NUMBER, IssueDate.on(LocalDate.of(2025, 3, 1), RIYADH), 0, "—"), body, null, null, false,
				metadata("—"));
	}

	static SignatureBlock signature() {
		return new SignatureBlock("مدير عام الجمعية", "أحمد بن عبدالله السالم", new DocumentImage(signaturePng()), null,
				true);
	}

	static Verification verification() {
		return new Verification("K7QX-2M9P", URI.create("https://katib.example/verify/K7QX-2M9P"));
	}

	static DocumentMetadata metadata(String title) {
		return new DocumentMetadata(title, "جمعية الكاتب الخيرية", Instant.parse("2025-03-01T07:30:00Z"));
	}

	public static byte[] logoPng() {
		BufferedImage image = new BufferedImage(120, 120, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 120, 120);
		g.setColor(new Color(0x0b5d4b));
		g.fillOval(10, 10, 100, 100);
		g.dispose();
		return png(image);
	}

	static byte[] signaturePng() {
		BufferedImage image = new BufferedImage(200, 80, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 200, 80);
		g.setColor(new Color(0x1a237e));
		g.drawLine(10, 60, 60, 20);
		g.drawLine(60, 20, 120, 55);
		g.drawLine(120, 55, 190, 15);
		g.dispose();
		return png(image);
	}

	public static byte[] png(BufferedImage image) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
