package dev.katib.documents.pdf;

import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;

import org.jspecify.annotations.Nullable;

/**
 * Font metrics the layout engine works out once per bundled face and shares between renders. Only
 * the application's own fonts are ever measured, so it holds a handful of entries.
 */
final class FontMetricsCache implements FSCacheEx<String, FSCacheValue> {

	private final ConcurrentHashMap<String, FSCacheValue> values = new ConcurrentHashMap<>();

	@Override
	public void put(String key, FSCacheValue value) {
		values.put(key, value);
	}

	@Override
	public @Nullable FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
		FSCacheValue value = values.get(key);
		if (value != null) {
			return value;
		}
		try {
			value = loader.call();
		}
		catch (Exception ex) {
			return null;
		}
		if (value != null) {
			values.put(key, value);
		}
		return value;
	}

	@Override
	public @Nullable FSCacheValue get(String key) {
		return values.get(key);
	}
}
