package dev.katib.documents.pdf;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.katib.documents.DocumentCorpus;
import dev.katib.documents.DocumentDescription;
import dev.katib.documents.DocumentRenderer;

/**
 * Writes the rendering corpus as PDFs to {@code target/samples}, to look at them as a reader would
 * (not a test): {@code ./mvnw -B test-compile exec:java -Dexec.mainClass=dev.katib.documents.pdf.DocumentSamples
 * -Dexec.classpathScope=test}, then {@code pdftoppm -png -r 80 target/samples/arabic.pdf out}.
 */
public final class DocumentSamples {

	private DocumentSamples() {
	}

	public static void main(String[] args) throws Exception {
		DocumentRenderer renderer = Renderers.pdf(0);
		Path folder = Files.createDirectories(Path.of("target/samples"));
		write(renderer, folder.resolve("arabic.pdf"), DocumentCorpus.arabicLetter());
		write(renderer, folder.resolve("arabic-table.pdf"), DocumentCorpus.arabicWithTable());
		write(renderer, folder.resolve("arabic-two-pages-draft.pdf"), DocumentCorpus.twoPageArabic());
		write(renderer, folder.resolve("english.pdf"), DocumentCorpus.englishLetter());
	}

	private static void write(DocumentRenderer renderer, Path file, DocumentDescription document) throws Exception {
		Files.write(file, renderer.pdf(document, DocumentCorpus.letterhead()).content());
	}
}
