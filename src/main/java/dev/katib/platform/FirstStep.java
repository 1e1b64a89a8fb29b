package dev.katib.platform;

/**
 * One thing a new organisation does to get going, shown on the home page to those who can do it.
 *
 * @param order where it comes in the list (letterhead 10, members 20, writing knowledge 30, first letter 40)
 * @param key the message key of its title; {@code key + ".hint"} says why it matters
 * @param href the page where it is done
 * @param done whether the organisation has done it already
 */
public record FirstStep(int order, String key, String href, boolean done) {
}
