package dev.katib.letters;

/**
 * How anyone checks a signed letter is genuine: the short code printed on its archived PDF and the public
 * address of its verification page.
 *
 * @param code the verification code
 * @param url the verification page
 */
public record VerificationView(String code, String url) {
}
