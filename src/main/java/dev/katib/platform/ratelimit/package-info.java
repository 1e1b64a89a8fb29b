/**
 * Token buckets per key, in memory or shared through Redis: the API's rate limits, and the pacing of
 * calls other modules make to outside services.
 */
@NamedInterface("ratelimit")
@NullMarked
package dev.katib.platform.ratelimit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
