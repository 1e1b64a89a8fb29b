package dev.katib.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Profiles;
import org.verapdf.pdfa.validation.profiles.ValidationProfile;

import dev.katib.documents.Archival;
import dev.katib.documents.BodyBlock;
import dev.katib.documents.DocumentCorpus;
import dev.katib.documents.DocumentDescription;
import dev.katib.documents.DocumentRenderer;
import dev.katib.documents.SignatureBlock;

class ArchivalPdfTests {

	private static final byte[] LETTER_JSON = "{\"number\":\"OUT/1448/000123\",\"subject\":\"طلب تجهيز قاعة التدريب\"}"
		.getBytes(StandardCharsets.UTF_8);

	private final DocumentRenderer renderer = Renderers.pdf(0);

	private static ValidationProfile PDFA_3U;

	@BeforeAll
	static void veraPdf() throws Exception {
		VeraGreenfieldFoundryProvider.initialise();
		try (InputStream profile = ValidationProfile.class.getResourceAsStream("/org/verapdf/pdfa/validation/PDFA-3U.xml")) {
			PDFA_3U = Profiles.profileFromXml(profile);
		}
	}

	static Stream<Arguments> letters() {
		List<Arguments> letters = new ArrayList<>();
		for (boolean arabic : new boolean[] { true, false }) {
			for (boolean twoPages : new boolean[] { false, true }) {
				for (boolean signatureImage : new boolean[] { true, false }) {
					letters.add(Arguments.of((arabic ? "Arabic" : "English") + (twoPages ? ", two pages" : ", one page")
							+ (signatureImage ? ", signature image" : ", no signature image"),
							letter(arabic, twoPages, signatureImage)));
				}
			}
		}
		return letters.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("letters")
	void archivedLettersConformToPdfA3uWithNoFailedRule(String name, DocumentDescription letter) throws Exception {
		byte[] pdf = archival(letter);

		assertThat(failedRules(pdf)).isEmpty();
		assertThat(PdfReading.pages(pdf)).isEqualTo(name.contains("two pages") ? 2 : 1);
	}

	@Test
	void carriesTheCallersFileAsTheDocumentsAssociatedData() throws Exception {
		try (PDDocument pdf = PdfReading.open(archival(DocumentCorpus.arabicLetter()))) {
			PDComplexFileSpecification file = pdf.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
				.get("letter.json");

			assertThat(file.getEmbeddedFile().toByteArray()).isEqualTo(LETTER_JSON);
			assertThat(file.getEmbeddedFile().getSubtype()).isEqualTo("application/json");
			assertThat(file.getCOSObject().getNameAsString("AFRelationship")).isEqualTo("Data");
		}
	}

	@Test
	void recordsTitleAuthorNumberAndDatesInXmp() throws Exception {
		try (PDDocument pdf = PdfReading.open(archival(DocumentCorpus.arabicLetter()))) {
			var xmp = new DomXmpParser().parse(pdf.getDocumentCatalog().getMetadata().toByteArray());

			assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(DocumentCorpus.ARABIC_SUBJECT);
			assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly("جمعية الكاتب الخيرية");
			assertThat(xmp.getDublinCoreSchema().getIdentifier()).isEqualTo(DocumentCorpus.NUMBER);
			assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant())
				.isEqualTo(DocumentCorpus.arabicLetter().metadata().created());
			assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
			assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("U");
		}
	}

	@Test
	void aPreviewIsAPlainPdfWithoutTheArchivalParts() throws Exception {
		byte[] preview = renderer.pdf(DocumentCorpus.arabicLetter(), DocumentCorpus.letterhead()).content();

		assertThat(failedRules(preview)).isNotEmpty();
		try (PDDocument pdf = PdfReading.open(preview)) {
			assertThat(pdf.getDocumentCatalog().getMetadata()).isNull();
			assertThat(pdf.getDocumentCatalog().getOutputIntents()).isEmpty();
		}
	}

	private byte[] archival(DocumentDescription letter) {
		return renderer.archivalPdf(letter, DocumentCorpus.letterhead(), new Archival(DocumentCorpus.NUMBER,
				List.of(new Archival.Attachment("letter.json", "application/json", "The letter's data", LETTER_JSON))))
			.content();
	}

	private static List<String> failedRules(byte[] pdf) throws Exception {
		try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
				PDFAFlavour.PDFA_3_U)) {
			PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFA_3U, false);
			ValidationResult result = validator.validate(parser);
			return result.getTestAssertions()
				.stream()
				.filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
				.map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
						+ assertion.getMessage())
				.distinct()
				.toList();
		}
	}

	private static DocumentDescription letter(boolean arabic, boolean twoPages, boolean signatureImage) {
		DocumentDescription base = arabic ? (twoPages ? DocumentCorpus.arabic(DocumentCorpus.twoPageArabic().body(), false)
				: DocumentCorpus.arabicLetter()) : DocumentCorpus.englishLetter();
		List<BodyBlock> body = base.body();
		if (!arabic && twoPages) {
			body = new ArrayList<>(body);
			for (int i = 0; i < 7; i++) {
				body.add(new BodyBlock.Paragraph(DocumentCorpus.ENGLISH_PARAGRAPH));
			}
		}
		SignatureBlock signature = base.signature();
		SignatureBlock signed = new SignatureBlock(signature.jobTitle(), signature.name(),
				signatureImage ? signature.signature() : null, null, !signatureImage);
		return new DocumentDescription(base.key(), base.language(), base.digits(), base.header(), body, signed,
				base.verification(), false, base.metadata());
	}
}
