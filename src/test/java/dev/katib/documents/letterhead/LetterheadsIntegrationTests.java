package dev.katib.documents.letterhead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.katib.documents.DocumentCorpus;
import dev.katib.documents.DocumentProblems;
import dev.katib.documents.DocumentRenderer;
import dev.katib.documents.Letterhead;
import dev.katib.documents.LetterheadDraft;
import dev.katib.documents.LetterheadStatus;
import dev.katib.documents.LetterheadVersion;
import dev.katib.documents.Letterheads;
import dev.katib.documents.Margins;
import dev.katib.documents.PageSize;
import dev.katib.documents.RenderedDocument;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;
import dev.katib.support.IntegrationTest;

class LetterheadsIntegrationTests extends IntegrationTest {

	@Autowired
	Letterheads letterheads;

	@Autowired
	DocumentRenderer renderer;

	private final UUID tenant = UUID.randomUUID();

	@Test
	void aNewVersionIsADraftUntilActivatedAndThenPrintsTheOrganisationsDocuments() {
		LetterheadVersion draft = letterheads.createDraft(tenant, draft("جمعية الأولى"));

		assertThat(draft.status()).isEqualTo(LetterheadStatus.DRAFT);
		assertThat(draft.letterhead().version()).isEqualTo(1);
		assertThat(letterheads.active(tenant)).isEmpty();

		letterheads.activate(tenant, 1);
		Letterhead active = letterheads.requireActive(tenant);
		RenderedDocument pdf = renderer.pdf(DocumentCorpus.arabicLetter(), active);

		assertThat(active.arabicName()).isEqualTo("جمعية الأولى");
		assertThat(active.logo()).isNotNull();
		assertThat(active.footerLines()).containsExactly("الرياض — هاتف 0112345678", "www.example.org");
		assertThat(pdf.letterheadId()).isEqualTo(active.id());
		assertThat(pdf.letterheadVersion()).isEqualTo(1);
	}

	@Test
	void activatingANewVersionRetiresTheOldOneWhichCanNoLongerChange() {
		letterheads.createDraft(tenant, draft("النسخة الأولى"));
		letterheads.activate(tenant, 1);
		letterheads.createDraft(tenant, draft("النسخة الثانية"));
		letterheads.updateDraft(tenant, 2, draft("النسخة الثانية المعدلة"));
		letterheads.activate(tenant, 2);

		assertThat(letterheads.requireActive(tenant).arabicName()).isEqualTo("النسخة الثانية المعدلة");
		assertThat(letterheads.versions(tenant)).extracting(LetterheadVersion::status)
			.containsExactly(LetterheadStatus.ACTIVE, LetterheadStatus.RETIRED);
		assertThatThrownBy(() -> letterheads.updateDraft(tenant, 1, draft("تغيير"))).isInstanceOf(KatibException.class)
			.extracting(ex -> ((KatibException) ex).type())
			.isEqualTo(DocumentProblems.LETTERHEAD_NOT_DRAFT);
		assertThat(letterheads.find(tenant, 1).orElseThrow().letterhead().arabicName()).isEqualTo("النسخة الأولى");
	}

	@Test
	void anotherOrganisationNeitherSeesNorActivatesTheseLetterheads() {
		UUID other = UUID.randomUUID();
		letterheads.createDraft(tenant, draft("جمعية خاصة"));
		letterheads.activate(tenant, 1);

		assertThat(letterheads.active(other)).isEmpty();
		assertThat(letterheads.versions(other)).isEmpty();
		assertThat(letterheads.find(other, 1)).isEmpty();
		assertThatThrownBy(() -> letterheads.activate(other, 1)).isInstanceOf(KatibException.class)
			.extracting(ex -> ((KatibException) ex).type())
			.isEqualTo(ProblemType.NOT_FOUND);
		assertThat(letterheads.createDraft(other, draft("جمعية أخرى")).letterhead().version()).isEqualTo(1);
	}

	@Test
	void refusesALogoThatIsNotAnImage() {
		LetterheadDraft fake = withLogo("not an image at all".getBytes());

		assertThatThrownBy(() -> letterheads.createDraft(tenant, fake)).isInstanceOf(KatibException.class)
			.extracting(ex -> ((KatibException) ex).type())
			.isEqualTo(DocumentProblems.INVALID_IMAGE);
	}

	@Test
	void refusesALogoPretendingToBeAPng() {
		byte[] truncated = java.util.Arrays.copyOf(DocumentCorpus.logoPng(), 40);

		assertThatThrownBy(() -> letterheads.createDraft(tenant, withLogo(truncated)))
			.isInstanceOf(KatibException.class)
			.extracting(ex -> ((KatibException) ex).type())
			.isEqualTo(DocumentProblems.INVALID_IMAGE);
	}

	@Test
	void refusesALogoOverTheSizeLimit() {
		assertThatThrownBy(() -> letterheads.createDraft(tenant, withLogo(new byte[2 * 1024 * 1024])))
			.isInstanceOf(KatibException.class)
			.extracting(ex -> ((KatibException) ex).type())
			.isEqualTo(ProblemType.PAYLOAD_TOO_LARGE);
	}

	@Test
	void refusesAColourThatIsNotHex() {
		LetterheadDraft red = new LetterheadDraft("جمعية", "Society", null, "red", "#000000", List.of(),
				new Margins(38, 20, 25, 20), PageSize.A4);

		assertThatThrownBy(() -> letterheads.createDraft(tenant, red)).isInstanceOf(KatibException.class)
			.hasMessageContaining("#rrggbb");
	}

	private static LetterheadDraft draft(String arabicName) {
		return new LetterheadDraft(arabicName, "Katib Society", DocumentCorpus.logoPng(), "#0b5d4b", "#6b5a2e",
				List.of("الرياض — هاتف 0112345678", "www.example.org"), new Margins(38, 20, 25, 20), PageSize.A4);
	}

	private static LetterheadDraft withLogo(byte[] logo) {
		return new LetterheadDraft("جمعية", "Society", logo, "#0b5d4b", "#6b5a2e", List.of(), new Margins(38, 20, 25, 20),
				PageSize.LETTER);
	}
}
