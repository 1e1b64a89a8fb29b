package dev.katib.knowledge;

/** The prayer phrase at the far end of the Arabic addressee line, in its three agreeing forms. */
enum Prayer {

	/** For royalty and sheikhs: «حفظه الله». */
	PRESERVE("حفظه الله", "حفظها الله", "حفظهم الله"),

	/** For officials and professionals: «سلمه الله». */
	KEEP_SAFE("سلمه الله", "سلمها الله", "سلمهم الله");

	private final String masculine;
	private final String feminine;
	private final String plural;

	Prayer(String masculine, String feminine, String plural) {
		this.masculine = masculine;
		this.feminine = feminine;
		this.plural = plural;
	}

	String phrase(Agreement agreement) {
		return switch (agreement) {
			case MASCULINE -> masculine;
			case FEMININE -> feminine;
			case PLURAL -> plural;
		};
	}
}
