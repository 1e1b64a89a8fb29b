package dev.katib.review;

/**
 * How letter numbers are written: {@code OUT/1448/000123} is prefix {@code OUT}, Hijri year 1448, width 6.
 *
 * @param prefix put first, with a slash after it; none when blank
 * @param calendar the calendar whose year is part of the number, and whose year restarts the sequence
 * @param width the sequence is padded with zeros to this many digits
 */
record NumberFormat(String prefix, Calendar calendar, int width) {

	NumberFormat {
		if (width < 1 || width > 12) {
			throw new IllegalArgumentException("width must be between 1 and 12");
		}
		prefix = prefix.strip();
	}

	String format(int year, long sequence) {
		String padded = String.format(java.util.Locale.ROOT, "%0" + width + "d", sequence);
		return (prefix.isEmpty() ? "" : prefix + "/") + year + "/" + padded;
	}

	/** The calendar of the year in a number. */
	enum Calendar {
		HIJRI, GREGORIAN
	}
}
