package dev.katib.accounts.signin;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

/**
 * Where a browser sign-in came from, kept with the session so a member can recognise it. Serializable
 * because the session, authentication details included, is stored in PostgreSQL.
 */
record BrowserDetails(@Nullable String address, @Nullable String userAgent) implements Serializable {
}
