package dev.katib.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import dev.katib.platform.Ids;
import dev.katib.platform.KatibException;
import dev.katib.support.IntegrationTest;

class ArchiveIntegrationTests extends IntegrationTest {

	@Autowired
	Archive archive;

	@Autowired
	VerificationCodes codes;

	@Value("${katib.storage.directory}")
	Path storageDirectory;

	private final UUID tenant = Ids.newId();
	private final UUID otherTenant = Ids.newId();

	@Test
	void findsADocumentByAWordTypedInAnotherArabicSpelling() {
		StoredFile file = archive.store(letter("طلب زيارة", "نرجو التكرم بالموافقة على زيارة طلاب مدرسة الأمل للمتحف.",
				Map.of("category", "request")));

		SearchResults results = archive.search(tenant, query("مدرسه"));

		assertThat(results.total()).isEqualTo(1);
		assertThat(results.hits().getFirst().file().id()).isEqualTo(file.id());
		assertThat(results.hits().getFirst().snippet())
			.filteredOn(SearchResults.Fragment::match)
			.extracting(SearchResults.Fragment::text)
			.containsExactly("مدرسة");
	}

	@Test
	void findsWordsWithTheArticleOrHamzaFormsAndByNumber() {
		archive.store(letter("دعوة", "يسر إدارة المستشفى دعوتكم لحضور الحفل.", Map.of("number", "OUT/1448/000123")));

		assertThat(archive.search(tenant, query("مستشفي")).total()).isEqualTo(1);
		assertThat(archive.search(tenant, query("اداره")).total()).isEqualTo(1);
		assertThat(archive.search(tenant, query("OUT/1448/000123")).total()).isEqualTo(1);
		assertThat(archive.search(tenant, query("مدرسة")).total()).isZero();
	}

	@Test
	void extractsTheTextOfPdfAndWordFiles() {
		archive.store(StoreRequest.upload(tenant, null, FileKind.INCOMING, "invoice.pdf", "application/pdf",
				SampleFiles.pdf("Invoice for the conference hall rental")));
		archive.store(StoreRequest.upload(tenant, null, FileKind.ATTACHMENT, "خطة.docx", SampleFiles.DOCX,
				SampleFiles.docx("خطة العمل للربع الأول", "تتضمن الخطة ثلاث مراحل")));

		assertThat(archive.search(tenant, query("conference")).hits()).extracting(h -> h.file().filename())
			.containsExactly("invoice.pdf");
		assertThat(archive.search(tenant, query("مراحل")).hits()).extracting(h -> h.file().filename())
			.containsExactly("خطة.docx");
	}

	@Test
	void findsArabicInARenderedLetterAndInTextSavedAsWindows1256() {
		byte[] letter = dev.katib.documents.pdf.Renderers.pdf(0)
			.pdf(dev.katib.documents.DocumentCorpus.arabicLetter(), dev.katib.documents.DocumentCorpus.letterhead())
			.content();
		archive.store(StoreRequest.upload(tenant, null, FileKind.INCOMING, "scan.bin", "application/octet-stream", letter));
		StoredFile minutes = archive.store(StoreRequest.upload(tenant, null, FileKind.ATTACHMENT, "minutes.pdf",
				"application/octet-stream",
				"محضر اجتماع لجنة المشتريات: تقرر توريد الحواسيب".getBytes(java.nio.charset.Charset.forName("windows-1256"))));

		assertThat(archive.search(tenant, query("القاعه الرئيسه")).hits()).extracting(h -> h.file().filename())
			.containsExactly("scan.bin");
		assertThat(minutes.contentType()).isEqualTo("text/plain");
		assertThat(archive.search(tenant, query("المشتريات")).hits()).extracting(h -> h.file().filename())
			.containsExactly("minutes.pdf");
	}

	@Test
	void keepsTheSizeOfImagesAsFacts() {
		StoredFile image = archive.store(StoreRequest.upload(tenant, null, FileKind.ATTACHMENT, "stamp.png",
				"image/png", SampleFiles.png(120, 80)));

		assertThat(image.attributes()).containsEntry("width", "120").containsEntry("height", "80");
	}

	@Test
	void filtersByFactsDatesAndKind() {
		archive.store(dated(LocalDate.of(2026, 1, 10), Map.of("category", "request", "status", "SIGNED")));
		archive.store(dated(LocalDate.of(2026, 3, 10), Map.of("category", "invitation", "status", "SENT")));

		assertThat(archive.search(tenant, new SearchQuery(null, null, null, null, Map.of("category", "invitation"), 0, 10))
			.hits()).extracting(h -> h.file().documentDate()).containsExactly(LocalDate.of(2026, 3, 10));
		assertThat(archive.search(tenant, new SearchQuery(null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31),
				FileKind.LETTER, Map.of(), 0, 10)).total()).isEqualTo(1);
		assertThat(archive.search(tenant, new SearchQuery(null, null, null, FileKind.INCOMING, Map.of(), 0, 10))
			.total()).isZero();
	}

	@Test
	void pagesResultsNewestFirst() {
		for (int day = 1; day <= 5; day++) {
			archive.store(dated(LocalDate.of(2026, 2, day), Map.of()));
		}

		SearchResults second = archive.search(tenant, new SearchQuery("", null, null, null, Map.of(), 1, 2));

		assertThat(second.total()).isEqualTo(5);
		assertThat(second.hits()).extracting(h -> h.file().documentDate())
			.containsExactly(LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 2));
	}

	@Test
	void updatesFactsAfterArchiving() {
		StoredFile file = archive.store(dated(LocalDate.of(2026, 4, 1), Map.of("status", "SIGNED")));

		archive.updateAttributes(tenant, file.id(), Map.of("status", "SENT"));

		assertThat(archive.search(tenant, new SearchQuery(null, null, null, null, Map.of("status", "SENT"), 0, 10))
			.hits()).extracting(h -> h.file().id()).containsExactly(file.id());
	}

	@Test
	void neverShowsOneOrganisationsFilesToAnother() {
		StoredFile file = archive.store(letter("سري", "محتوى خاص بالجهة الأولى", Map.of()));

		assertThat(archive.find(otherTenant, file.id())).isEmpty();
		assertThat(archive.search(otherTenant, query("خاص")).total()).isZero();
		assertThatThrownBy(() -> archive.open(otherTenant, file.id())).isInstanceOf(KatibException.class)
			.satisfies(e -> assertThat(((KatibException) e).type().slug()).isEqualTo("file-not-found"));
	}

	@Test
	void returnsTheExactBytesAndRefusesFilesChangedInStorage() throws Exception {
		byte[] pdf = SampleFiles.pdf("Original content");
		StoredFile file = archive.store(StoreRequest.upload(tenant, null, FileKind.INCOMING, "a.pdf",
				"application/pdf", pdf));
		assertThat(archive.open(tenant, file.id()).bytes()).isEqualTo(pdf);

		Path stored = storageDirectory.resolve(tenant + "/" + file.documentDate().getYear() + "/" + file.id());
		Files.write(stored, SampleFiles.pdf("Tampered content"));

		assertThatThrownBy(() -> archive.open(tenant, file.id())).isInstanceOf(KatibException.class)
			.satisfies(e -> assertThat(((KatibException) e).type().slug()).isEqualTo("file-corrupted"));
	}

	@Test
	void refusesFilesWhoseContentIsNotWhatTheyClaim() {
		assertThatThrownBy(() -> archive.store(StoreRequest.upload(tenant, null, FileKind.ATTACHMENT, "x.pdf",
				"application/pdf", "<html>not a pdf</html>".getBytes())))
			.isInstanceOf(KatibException.class)
			.satisfies(e -> assertThat(((KatibException) e).type().slug()).isEqualTo("unsupported-file"));
		assertThatThrownBy(() -> archive.store(StoreRequest.upload(tenant, null, FileKind.ATTACHMENT, "x.exe",
				"application/octet-stream", new byte[] { 'M', 'Z' })))
			.isInstanceOf(KatibException.class);
		assertThat(archive.search(tenant, query("")).total()).isZero();
	}

	@Test
	void verifiesTheArchivedDocumentByCodeAndFingerprint() {
		String code = codes.issue();
		byte[] pdf = SampleFiles.pdf("Signed letter");
		archive.store(new StoreRequest(tenant, null, FileKind.LETTER, "letter.pdf", "application/pdf", pdf, "letter",
				"42", "Subject", LocalDate.of(2026, 5, 1), Map.of("number", "OUT/1448/000007"), null, code));

		String typed = code.toLowerCase().substring(0, 8) + "-" + code.toLowerCase().substring(8);
		VerifiedDocument document = codes.lookUp(typed).orElseThrow();

		assertThat(document.attributes()).containsEntry("number", "OUT/1448/000007");
		assertThat(codes.matches(document, pdf)).isTrue();
		assertThat(codes.matches(document, SampleFiles.pdf("Signed letter, altered"))).isFalse();
		assertThat(codes.lookUp(codes.issue())).isEmpty();
		assertThat(codes.lookUp("'; DROP TABLE archive_file; --")).isEmpty();
	}

	private StoreRequest letter(String subject, String body, Map<String, String> attributes) {
		return new StoreRequest(tenant, null, FileKind.LETTER, "letter.docx", SampleFiles.DOCX,
				SampleFiles.docx(subject, body), "letter", UUID.randomUUID().toString(), subject, null, attributes, body,
				null);
	}

	private StoreRequest dated(LocalDate date, Map<String, String> attributes) {
		return new StoreRequest(tenant, null, FileKind.LETTER, "letter.pdf", "application/pdf",
				SampleFiles.pdf("Letter of " + date), "letter", UUID.randomUUID().toString(), "Letter", date, attributes,
				null, null);
	}

	private static SearchQuery query(String text) {
		return new SearchQuery(text, null, null, null, Map.of(), 0, 10);
	}
}
