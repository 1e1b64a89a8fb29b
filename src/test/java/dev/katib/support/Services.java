package dev.katib.support;

/**
 * What a test does when a local service it wants is absent: fail where services are required (CI
 * sets {@code KATIB_REQUIRE_SERVICES=true}), otherwise say clearly what was replaced or skipped.
 */
public final class Services {

	private Services() {
	}

	public static boolean required() {
		return Boolean.parseBoolean(System.getenv().getOrDefault("KATIB_REQUIRE_SERVICES", "false"));
	}

	public static void requireOrSkipNotice(String service, String consequence) {
		if (required()) {
			throw new IllegalStateException(service + " is not reachable and KATIB_REQUIRE_SERVICES=true");
		}
		System.err.println("NOTICE: " + service + " is not reachable: " + consequence + ".");
	}
}
