package dev.katib.letters.phrases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.knowledge.Language;
import dev.katib.letters.composing.PhraseBank;
import dev.katib.platform.AuditRecord;
import dev.katib.platform.AuditRecord.Outcome;
import dev.katib.platform.AuditableEvent;
import dev.katib.platform.Inputs;

/**
 * Each organisation's phrase bank for drafting without a model: Katib's own, or the organisation's edited copy
 * of a language's phrases, checked as a whole before it is kept. The bank of an organisation is built once and
 * kept until its phrases change (in any Katib process: the rows' time of change is read on each use).
 */
@Service
public class OrganisationPhrases {

	/** The largest phrase text of one language, in characters. */
	public static final int MAX_LENGTH = 200_000;

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Map<UUID, Built> banks = new ConcurrentHashMap<>();

	OrganisationPhrases(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	private record Built(@Nullable Instant changed, PhraseBank bank) {
	}

	/** One language's phrases, as the organisation keeps them. */
	public record Text(Language language, String yaml, boolean own) {
	}

	/** A change to an organisation's phrases, for the audit trail. */
	record PhrasesChanged(UUID tenantId, UUID actorId, String actor, @Nullable String address, String language,
			boolean reset, Instant at) implements AuditableEvent {

		@Override
		public AuditRecord audit() {
			return new AuditRecord(tenantId, actorId, actor, reset ? "letters.phrases-reset" : "letters.phrases-changed",
					"phrases", language, Outcome.SUCCESS, address, at, Map.of());
		}
	}

	/** The bank the organisation's offline letters are composed from. */
	public PhraseBank bank(UUID tenantId) {
		Instant changed = jdbc.sql("SELECT max(updated_at) FROM letters_phrase_bank WHERE tenant_id = ?")
			.param(tenantId)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.orElse(null);
		if (changed == null) {
			banks.remove(tenantId);
			return PhraseBank.defaults();
		}
		Built built = banks.get(tenantId);
		if (built == null || !changed.equals(built.changed())) {
			built = new Built(changed, PhraseBank.read(yaml(tenantId, Language.ARABIC), yaml(tenantId, Language.ENGLISH)));
			banks.put(tenantId, built);
		}
		return built.bank();
	}

	/** The organisation's phrases of a language, or Katib's when it has none of its own. */
	@Transactional(readOnly = true)
	public Text text(Caller caller, Language language) {
		Permission.MANAGE_ORGANISATION.require(caller);
		Optional<String> own = own(caller.tenantId(), language);
		return new Text(language, own.orElse(PhraseBank.defaultText(language)), own.isPresent());
	}

	/**
	 * Keeps the organisation's phrases of a language, once the whole bank they make passes Katib's checks.
	 *
	 * @throws dev.katib.platform.KatibException forbidden but to owners and admins; validation failed, naming
	 *         {@code yaml}, for text that cannot be read, breaks a check or is longer than {@link #MAX_LENGTH}
	 */
	@Transactional
	public Text save(Caller caller, Language language, @Nullable String yaml) {
		Permission.MANAGE_ORGANISATION.require(caller);
		if (yaml == null || yaml.isBlank() || yaml.length() > MAX_LENGTH) {
			throw Inputs.invalid("yaml", "yaml holds the phrases of the language, up to " + MAX_LENGTH + " characters.");
		}
		// kept as typed: YAML's indentation is its structure
		String text = yaml;
		UUID tenantId = caller.tenantId();
		String arabic = language == Language.ARABIC ? text : yaml(tenantId, Language.ARABIC);
		String english = language == Language.ENGLISH ? text : yaml(tenantId, Language.ENGLISH);
		try {
			PhraseBank.read(arabic, english);
		}
		catch (dev.katib.platform.KatibException refused) {
			throw Inputs.invalid("yaml", refused.getMessage());
		}
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO letters_phrase_bank (tenant_id, language, yaml, updated_by, updated_at)
				VALUES (:tenant, :language, :yaml, :by, :at)
				ON CONFLICT (tenant_id, language) DO UPDATE SET yaml = :yaml, updated_by = :by, updated_at = :at""")
			.param("tenant", tenantId)
			.param("language", language.code())
			.param("yaml", text)
			.param("by", caller.userId())
			.param("at", Timestamp.from(now))
			.update();
		banks.remove(tenantId);
		events.publishEvent(new PhrasesChanged(tenantId, caller.userId(), caller.name(), caller.sourceAddress(),
				language.code(), false, now));
		return new Text(language, text, true);
	}

	/** Goes back to Katib's phrases for a language. */
	@Transactional
	public Text reset(Caller caller, Language language) {
		Permission.MANAGE_ORGANISATION.require(caller);
		int removed = jdbc.sql("DELETE FROM letters_phrase_bank WHERE tenant_id = ? AND language = ?")
			.params(caller.tenantId(), language.code())
			.update();
		banks.remove(caller.tenantId());
		if (removed > 0) {
			events.publishEvent(new PhrasesChanged(caller.tenantId(), caller.userId(), caller.name(),
					caller.sourceAddress(), language.code(), true, clock.instant()));
		}
		return new Text(language, PhraseBank.defaultText(language), false);
	}

	private String yaml(UUID tenantId, Language language) {
		return own(tenantId, language).orElse(PhraseBank.defaultText(language));
	}

	private Optional<String> own(UUID tenantId, Language language) {
		return jdbc.sql("SELECT yaml FROM letters_phrase_bank WHERE tenant_id = ? AND language = ?")
			.params(tenantId, language.code())
			.query(String.class)
			.optional();
	}
}
