package dev.katib.accounts.signin;

import org.jspecify.annotations.Nullable;

/** Where a browser sign-in came from, kept with the session so a member can recognise it. */
record BrowserDetails(@Nullable String address, @Nullable String userAgent) {
}
