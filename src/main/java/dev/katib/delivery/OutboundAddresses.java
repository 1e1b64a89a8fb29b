package dev.katib.delivery;

import org.jspecify.annotations.Nullable;

/**
 * Where Katib may send an HTTP call on an organisation's behalf (a webhook, an automation's call): an absolute
 * {@code https} URL whose host is not Katib's own and resolves only to public addresses, unless an administrator
 * allows private ones ({@code KATIB_WEBHOOKS_ALLOW_PRIVATE}). The same rule as the outbound webhooks'.
 */
public interface OutboundAddresses {

	/** Why the URL is refused by its form alone (no name is resolved); {@code null} when its form is fine. */
	@Nullable String formProblem(String url);

	/** Why the URL may not be called now, resolving its host; {@code null} when it may. */
	@Nullable String problem(String url);
}
