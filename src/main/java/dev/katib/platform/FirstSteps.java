package dev.katib.platform;

import java.util.Optional;

/**
 * A module's part of the home page's "first steps": the step for the signed-in member, or none when
 * nobody is signed in or their roles do not let them take it.
 */
public interface FirstSteps {

	Optional<FirstStep> step();
}
