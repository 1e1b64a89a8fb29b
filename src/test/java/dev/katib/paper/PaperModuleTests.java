package dev.katib.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.katib.accounts.Caller;
import dev.katib.letters.IssuedNumber;
import dev.katib.letters.LetterRecords;
import dev.katib.letters.Letters;
import dev.katib.letters.Signature;
import dev.katib.paper.downloads.LetterDownloads;
import dev.katib.paper.downloads.PaperFile;
import dev.katib.letters.LetterRequests;
import dev.katib.support.ModuleSlices;

/**
 * Paper on its own: the module starts with letters and what letters stand on, without review, delivery, connectors
 * or the assistant, and prints a draft as a PDF whose text reads back as typed. Without review no letter is numbered
 * or signed, so the records letters ask review for are none.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class PaperModuleTests {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		ModuleSlices.properties(registry);
	}

	@TestConfiguration
	static class NothingReviewed {

		@Bean
		LetterRecords letterRecords() {
			return new LetterRecords() {

				@Override
				public Optional<IssuedNumber> number(UUID tenantId, UUID letterId) {
					return Optional.empty();
				}

				@Override
				public Map<UUID, IssuedNumber> numbers(UUID tenantId, Collection<UUID> letterIds) {
					return Map.of();
				}

				@Override
				public Optional<Signature> signature(UUID tenantId, UUID letterId) {
					return Optional.empty();
				}
			};
		}
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	Letters letters;

	@Autowired
	LetterDownloads downloads;

	@Autowired
	JdbcClient jdbc;

	@Test
	void startsWithoutReviewDeliveryOrConnectors() {
		assertThat(ModuleSlices.modulesIn(context)).contains("paper").doesNotContain("review", "delivery", "connectors");
	}

	@Test
	void aDraftIsPrintedAsAPdfThatReadsBackAsTyped() throws IOException {
		Caller owner = ModuleSlices.bootstrapOwner(jdbc);
		UUID letter = letters.draft(owner, LetterRequests.arabicDraft(), null).id();

		PaperFile pdf = downloads.pdf(owner, letter, null);

		assertThat(pdf.mediaType()).isEqualTo("application/pdf");
		assertThat(pdf.archived()).isFalse();
		try (PDDocument document = Loader.loadPDF(pdf.content())) {
			assertThat(new PDFTextStripper().getText(document)).contains("وزارة التعليم");
		}
	}
}
