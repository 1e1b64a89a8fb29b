package dev.katib.documents.layout;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the documents module.
 *
 * @param renderCacheEntries how many rendered files are kept in memory ({@code KATIB_RENDER_CACHE_ENTRIES})
 * @param renderCacheSize how many bytes of rendered files are kept in memory at most
 *        ({@code KATIB_RENDER_CACHE_SIZE})
 * @param maxLogoSize the largest logo a letterhead accepts ({@code KATIB_MAX_LOGO_SIZE})
 * @param shapedWords how many shaped words the typesetter keeps for reuse ({@code KATIB_SHAPED_WORDS})
 */
@ConfigurationProperties("katib.documents")
@Validated
public record DocumentsProperties(
		@DefaultValue("256") @Min(value = 0, message = "set KATIB_RENDER_CACHE_ENTRIES to 0 or more") @Max(100_000) int renderCacheEntries,
		@DefaultValue("64MB") @NotNull(message = "set KATIB_RENDER_CACHE_SIZE, e.g. 64MB") DataSize renderCacheSize,
		@DefaultValue("1MB") @NotNull(message = "set KATIB_MAX_LOGO_SIZE, e.g. 1MB") DataSize maxLogoSize,
		@DefaultValue("20000") @Min(value = 0, message = "set KATIB_SHAPED_WORDS to 0 or more") @Max(1_000_000) int shapedWords) {

	public DocumentsProperties {
		if (maxLogoSize != null && maxLogoSize.toBytes() <= 0) {
			throw new IllegalArgumentException("KATIB_MAX_LOGO_SIZE must be a positive size such as 1MB");
		}
	}
}
