package dev.katib.knowledge;


/**
 * One of the organisation's categories, with how many letters were written in it: only an unused category can
 * be removed.
 *
 * @param category the category
 * @param letters how many of the organisation's letters have this category
 * @param version the row's version, which a change names to be sure it changes what its author saw
 */
public record CategoryEntry(CategoryDefinition category, long letters, long version) {

	public boolean removable() {
		return letters == 0;
	}
}
