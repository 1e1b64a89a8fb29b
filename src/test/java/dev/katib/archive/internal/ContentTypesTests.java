package dev.katib.archive.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.katib.platform.KatibException;

/** The archive tells a file's type from its bytes, never from its name or the type a client claims. */
class ContentTypesTests {

	@Test
	void recognisesEachAcceptedKindFromItsBytesWhateverTheClaim() {
		assertThat(ContentTypes.verified("application/octet-stream", DocumentFiles.renderedEnglishLetter()))
			.isEqualTo(ContentTypes.PDF);
		assertThat(ContentTypes.verified("application/msword", DocumentFiles.docx("محضر"))).isEqualTo(ContentTypes.DOCX);
		assertThat(ContentTypes.verified("", DocumentFiles.utf8("Minutes of the meeting\n"))).isEqualTo(ContentTypes.TEXT);
		assertThat(ContentTypes.verified("text/csv", DocumentFiles.utf8(DocumentFiles.ARABIC_PROSE)))
			.isEqualTo(ContentTypes.TEXT);
	}

	@Test
	void recognisesArabicTextSavedInWindows1256AndUtf16AsText() {
		assertThat(ContentTypes.sniffed(DocumentFiles.text(DocumentFiles.ARABIC_PROSE, "windows-1256")))
			.isEqualTo(ContentTypes.TEXT);
		assertThat(ContentTypes.sniffed(DocumentFiles.textWithBom(DocumentFiles.ARABIC_PROSE, "UTF-16LE")))
			.isEqualTo(ContentTypes.TEXT);
		assertThat(ContentTypes.sniffed(DocumentFiles.textWithBom(DocumentFiles.ARABIC_PROSE, "UTF-16BE")))
			.isEqualTo(ContentTypes.TEXT);
	}

	@Test
	void refusesAFileDisguisedAsAnotherAcceptedKind() {
		assertThatThrownBy(() -> ContentTypes.verified("application/pdf", DocumentFiles.utf8("<script>alert(1)</script>")))
			.isInstanceOf(KatibException.class)
			.hasMessage("The file's content is not a application/pdf file.");
		assertThatThrownBy(() -> ContentTypes.verified("text/plain", DocumentFiles.renderedEnglishLetter()))
			.isInstanceOf(KatibException.class);
	}

	@Test
	void refusesKindsTheArchiveDoesNotKeepWhateverTheirName() {
		assertThatThrownBy(() -> ContentTypes.verified("application/pdf", DocumentFiles.utf8("<html><body>hi</body></html>")))
			.isInstanceOf(KatibException.class)
			.hasMessageContaining("text/html");
		assertThatThrownBy(() -> ContentTypes.verified("application/octet-stream", DocumentFiles.xlsx()))
			.isInstanceOf(KatibException.class)
			.hasMessageContaining("spreadsheetml");
		assertThatThrownBy(() -> ContentTypes.verified("application/octet-stream",
				new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0 }))
			.isInstanceOf(KatibException.class)
			.satisfies(e -> assertThat(((KatibException) e).type().slug()).isEqualTo("unsupported-file"));
	}
}
