package dev.katib.connectors.spreadsheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The delimiter of a CSV file: of comma, semicolon, tab and pipe, the one that splits the first
 * lines (quotes respected) into the same number of fields, two or more, most consistently; on a
 * tie, the one giving more fields, then the first in that order. A file no candidate splits is one
 * column wide, and read with commas.
 */
final class Delimiters {

	static final List<Character> CANDIDATES = List.of(',', ';', '\t', '|');
	private static final int SAMPLE_RECORDS = 50;
	private static final int SAMPLE_CHARACTERS = 64 * 1024;

	private Delimiters() {
	}

	static char detect(String text) {
		String sample = sample(text);
		char best = ',';
		double bestConsistency = 0;
		int bestFields = 1;
		for (char candidate : CANDIDATES) {
			Map<Integer, Integer> counts = fieldCounts(sample, candidate);
			int records = counts.values().stream().mapToInt(Integer::intValue).sum();
			var modal = counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
				.thenComparing(Map.Entry.comparingByKey()));
			if (records == 0 || modal.isEmpty() || modal.get().getKey() < 2) {
				continue;
			}
			double consistency = (double) modal.get().getValue() / records;
			int fields = modal.get().getKey();
			if (consistency > bestConsistency || (consistency == bestConsistency && fields > bestFields)) {
				best = candidate;
				bestConsistency = consistency;
				bestFields = fields;
			}
		}
		return best;
	}

	private static String sample(String text) {
		if (text.length() <= SAMPLE_CHARACTERS) {
			return text;
		}
		int end = text.lastIndexOf('\n', SAMPLE_CHARACTERS);
		return text.substring(0, end > 0 ? end : SAMPLE_CHARACTERS);
	}

	private static Map<Integer, Integer> fieldCounts(String sample, char delimiter) {
		Map<Integer, Integer> counts = new HashMap<>();
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(sample), format)) {
			Iterator<CSVRecord> records = parser.iterator();
			for (int seen = 0; seen < SAMPLE_RECORDS && records.hasNext(); seen++) {
				counts.merge(records.next().size(), 1, Integer::sum);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			// quotes that do not pair up under this delimiter (or a sample cut inside a quoted value): count what was read
		}
		return counts;
	}
}
