/**
 * The Airtable Web API over Spring's RestClient: pacing under its limits, paging, writes in tens,
 * the Meta API, typed errors, webhooks.
 */
@NullMarked
package dev.katib.connectors.airtable;

import org.jspecify.annotations.NullMarked;
