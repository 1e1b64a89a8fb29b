package dev.katib.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every string a user reads comes from messages_ar and messages_en: no template holds a hard-coded
 * text or label, and every key exists, filled in, in both languages.
 */
class MessageBundlesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");
	private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");
	private static final Pattern LETTER = Pattern.compile("\\p{L}");
	private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
			"aria-description", "value", "label");
	private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert",
			"th:remove");

	@Test
	void bothLanguagesHaveTheSameFilledInKeys() throws IOException {
		Properties arabic = bundle("messages_ar.properties");
		Properties english = bundle("messages_en.properties");

		assertThat(new TreeSet<>(arabic.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
		assertThat(Stream.concat(arabic.values().stream(), english.values().stream()))
			.allSatisfy(value -> assertThat(value.toString()).isNotBlank());
		assertThat(bundle("messages.properties")).isEmpty();
	}

	@Test
	void everyKeyATemplateUsesExistsInBothLanguages() throws IOException {
		Properties arabic = bundle("messages_ar.properties");
		Properties english = bundle("messages_en.properties");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher keys = KEY.matcher(Files.readString(template));
			while (keys.find()) {
				String key = keys.group(1);
				if (!arabic.containsKey(key) || !english.containsKey(key)) {
					missing.add(TEMPLATES.relativize(template) + ": " + key);
				}
			}
		}
		assertThat(missing).as("message keys missing from a bundle").isEmpty();
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> hardCoded = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				if (Set.of("script", "style").contains(element.tagName()) || replacesItsContent(element)) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (LETTER.matcher(text.text()).find()) {
						hardCoded.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> \""
								+ text.text().strip() + "\"");
					}
				}
				element.attributes().forEach(attribute -> {
					if (TEXT_ATTRIBUTES.contains(attribute.getKey()) && LETTER.matcher(attribute.getValue()).find()
							&& !element.hasAttr("th:" + attribute.getKey())) {
						hardCoded.add(TEMPLATES.relativize(template) + ": " + attribute.getKey() + "=\""
								+ attribute.getValue() + "\"");
					}
				});
			}
		}
		assertThat(hardCoded).as("hard-coded strings in templates").isEmpty();
	}

	private static boolean replacesItsContent(Element element) {
		return element.attributes().asList().stream().anyMatch(a -> REPLACING.contains(a.getKey()));
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources", name)),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
