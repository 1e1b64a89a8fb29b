package dev.katib.platform.secrets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.katib.platform.SecretBox;
import dev.katib.platform.SecretResealing;

/** Seals every stored secret again under the current master key, store by store. */
@Component
class SecretResealer {

	private final SecretBox box;
	private final List<SecretResealing> stores;

	SecretResealer(SecretBox box, List<SecretResealing> stores) {
		this.box = box;
		this.stores = stores;
	}

	/** How many secrets each store sealed again. */
	Map<String, Integer> resealAll() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		stores.forEach(store -> counts.put(store.what(), store.resealAll(box)));
		return counts;
	}
}
