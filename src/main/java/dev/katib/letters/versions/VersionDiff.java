package dev.katib.letters.versions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import org.jspecify.annotations.Nullable;

import dev.katib.letters.content.StructuredLetter;

/**
 * Compares two versions of a letter word by word, part by part, so a reader sees exactly which words of the
 * subject, the addressee, each paragraph and the closing changed. Words are runs of non-space characters, so
 * Arabic and English are compared the same way; the spaces are kept, and the segments of a part joined give
 * back its text.
 */
public final class VersionDiff {

	private static final Pattern TOKEN = Pattern.compile("\\s+|\\S+");

	private VersionDiff() {
	}

	/** Every part of the two letters, in the order of the letter, from {@code older} to {@code newer}. */
	public static List<FieldDiff> between(StructuredLetter older, StructuredLetter newer) {
		List<FieldDiff> fields = new ArrayList<>();
		fields.add(field("subject", older.subject(), newer.subject()));
		fields.add(field("addressee.honorific", older.addressee().honorific(), newer.addressee().honorific()));
		fields.add(field("addressee.jobTitle", older.addressee().jobTitle(), newer.addressee().jobTitle()));
		fields.add(field("addressee.name", older.addressee().name(), newer.addressee().name()));
		fields.add(field("addressee.organisation", older.addressee().organisation(),
				newer.addressee().organisation()));
		fields.add(field("addressee.prayer", older.addressee().prayer(), newer.addressee().prayer()));
		fields.add(field("greeting", older.greeting(), newer.greeting()));
		int paragraphs = Math.max(older.paragraphs().size(), newer.paragraphs().size());
		for (int i = 0; i < paragraphs; i++) {
			fields.add(field("paragraphs[" + i + "]", paragraph(older, i), paragraph(newer, i)));
		}
		fields.add(field("closing.text", older.closing().text(), newer.closing().text()));
		fields.add(field("signature.jobTitle", older.signature().jobTitle(), newer.signature().jobTitle()));
		fields.add(field("signature.name", older.signature().name(), newer.signature().name()));
		return fields.stream().filter(field -> !field.segments().isEmpty()).toList();
	}

	/** The words of one text compared with another's. */
	public static FieldDiff field(String name, @Nullable String older, @Nullable String newer) {
		List<String> before = tokens(older);
		List<String> after = tokens(newer);
		Patch<String> patch = DiffUtils.diff(before, after);
		List<Segment> segments = new ArrayList<>();
		List<String> deleted = new ArrayList<>();
		List<String> inserted = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			int start = delta.getSource().getPosition();
			List<String> between = before.subList(position, start);
			if (!deleted.isEmpty() || !inserted.isEmpty()) {
				if (between.stream().allMatch(String::isBlank)) {
					// two changes a space apart read as one change of both words
					deleted.addAll(between);
					inserted.addAll(between);
				}
				else {
					flush(segments, deleted, inserted);
					append(segments, Segment.EQUAL, between);
				}
			}
			else {
				append(segments, Segment.EQUAL, between);
			}
			deleted.addAll(delta.getSource().getLines());
			inserted.addAll(delta.getTarget().getLines());
			position = start + delta.getSource().size();
		}
		flush(segments, deleted, inserted);
		append(segments, Segment.EQUAL, before.subList(position, before.size()));
		return new FieldDiff(name, !Objects.equals(older == null ? "" : older, newer == null ? "" : newer),
				segments);
	}

	private static @Nullable String paragraph(StructuredLetter letter, int index) {
		return index < letter.paragraphs().size() ? letter.paragraphs().get(index) : null;
	}

	private static List<String> tokens(@Nullable String text) {
		List<String> tokens = new ArrayList<>();
		if (text == null) {
			return tokens;
		}
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	private static void flush(List<Segment> segments, List<String> deleted, List<String> inserted) {
		append(segments, Segment.DELETE, deleted);
		append(segments, Segment.INSERT, inserted);
		deleted.clear();
		inserted.clear();
	}

	/** Adds the words to the last segment when it has the same operation, so runs stay whole. */
	private static void append(List<Segment> segments, String op, List<String> words) {
		if (words.isEmpty()) {
			return;
		}
		String text = String.join("", words);
		if (!segments.isEmpty() && segments.getLast().op().equals(op)) {
			Segment last = segments.removeLast();
			segments.add(new Segment(op, last.text() + text));
		}
		else {
			segments.add(new Segment(op, text));
		}
	}
}
