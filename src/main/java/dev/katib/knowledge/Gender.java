package dev.katib.knowledge;



/** The recipient's gender, which titles, honorifics and prayer phrases agree with. */
public enum Gender {
	MALE, FEMALE
}
