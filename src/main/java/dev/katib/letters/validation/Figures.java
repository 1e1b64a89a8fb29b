package dev.katib.letters.validation;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import dev.katib.letters.content.Violation;
import dev.katib.letters.content.Violation.Rule;
import dev.katib.platform.ArabicText;

/**
 * A letter states no figure, date, month or weekday that the inputs do not contain: models like to invent
 * them, and a wrong date in a signed letter is an official error. Digits are compared in Western form, so
 * «١٢» in the letter matches «12» in the request.
 */
final class Figures {

	private static final Pattern DATE = Pattern.compile("\\d{1,4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,4}");

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	/** «1-», «2.», «3)» at the start of a line: the numbering of a list, not a fact. */
	private static final Pattern LIST_MARKER = Pattern.compile("(?m)^\\s*(\\d{1,2})\\s*[-.)]\\s");

	/**
	 * Months and weekdays; names that are also common words («صفر» zero, «مارس» practised, «ربيع» spring,
	 * «الحجة» argument, "May") are left out rather than flag innocent sentences.
	 */
	private static final Set<String> CALENDAR_WORDS = Set.of("january", "february", "april", "june", "july",
			"august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
			"friday", "saturday", "sunday", "يناير", "فبراير", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس",
			"سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر", "محرم", "جمادي", "شعبان", "رمضان", "شوال", "القعده", "الاحد",
			"الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت");

	private Figures() {
	}

	static void check(List<Part> parts, Expectations expected, List<Violation> violations) {
		String facts = ArabicText.westernDigits(expected.allFacts());
		Set<String> factDates = dates(facts);
		Set<String> factNumbers = numbers(facts);
		Set<String> factWords = calendarWords(facts);
		for (Part part : parts) {
			String text = ArabicText.westernDigits(part.text());
			for (String date : dates(text)) {
				if (!factDates.contains(date)) {
					violations.add(new Violation(Rule.INVENTED_DATE, part.name(), "contains the date " + date
							+ ", which none of the inputs contains; use only dates the writer gave"));
				}
			}
			Set<String> listNumbers = new HashSet<>();
			LIST_MARKER.matcher(text).results().forEach(marker -> listNumbers.add(marker.group(1)));
			for (String number : numbers(text)) {
				if (!factNumbers.contains(number) && !listNumbers.contains(number)) {
					violations.add(new Violation(Rule.INVENTED_FIGURE, part.name(), "contains the figure " + number
							+ ", which none of the inputs contains; use only figures the writer gave"));
				}
			}
			for (String word : calendarWords(text)) {
				if (!factWords.contains(word)) {
					violations.add(new Violation(Rule.INVENTED_DATE, part.name(), "names a month or weekday («"
							+ word + "») that none of the inputs names; use only dates the writer gave"));
				}
			}
		}
	}

	/** Dates with one separator and no leading zeros: 12/03/1448 and 12-3-1448 are the same date. */
	private static Set<String> dates(String text) {
		Set<String> dates = new LinkedHashSet<>();
		DATE.matcher(text).results().map(MatchResult::group).forEach(date -> {
			String[] fields = date.split("[/.\\-]");
			dates.add(String.join("/", strip(fields[0]), strip(fields[1]), strip(fields[2])));
		});
		return dates;
	}

	private static Set<String> numbers(String text) {
		Set<String> numbers = new LinkedHashSet<>();
		NUMBER.matcher(text).results().map(MatchResult::group).forEach(number -> numbers.add(strip(number)));
		return numbers;
	}

	/** Calendar words, also with a leading «و», «ب», «ل» or «ف» («وفي يوم الخميس», «بالخميس» aside). */
	private static Set<String> calendarWords(String text) {
		Set<String> found = new LinkedHashSet<>();
		for (String word : ArabicText.words(text)) {
			if (CALENDAR_WORDS.contains(word)) {
				found.add(word);
			}
			else if (word.length() > 3 && "وبلف".indexOf(word.charAt(0)) >= 0
					&& CALENDAR_WORDS.contains(word.substring(1))) {
				found.add(word.substring(1));
			}
		}
		return found;
	}

	private static String strip(String digits) {
		return digits.replaceFirst("^0+(?=\\d)", "");
	}
}
