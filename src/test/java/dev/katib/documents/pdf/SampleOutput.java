package dev.katib.documents.pdf;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.katib.documents.DocumentCorpus;

public class SampleOutput {

	public static void main(String[] args) throws Exception {
		var renderer = Renderers.pdf(0);
		Path dir = Path.of("target/samples");
		Files.createDirectories(dir);
		Files.write(dir.resolve("arabic.pdf"), renderer.pdf(DocumentCorpus.arabicLetter(), DocumentCorpus.letterhead()).content());
		Files.write(dir.resolve("table.pdf"), renderer.pdf(DocumentCorpus.arabicWithTable(), DocumentCorpus.letterhead()).content());
		Files.write(dir.resolve("two.pdf"), renderer.pdf(DocumentCorpus.twoPageArabic(), DocumentCorpus.letterhead()).content());
		Files.write(dir.resolve("english.pdf"), renderer.pdf(DocumentCorpus.englishLetter(), DocumentCorpus.letterhead()).content());
	}
}
