package dev.katib.letters;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Role;
import dev.katib.knowledge.Language;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.platform.Ids;

/**
 * Letters as a test's starting point, stored through the letter's own store: opened and drafted without a
 * drafting request (so no drafting starts and nothing is audited), or put straight into a status.
 */
public final class LetterFixtures {

	private final LetterStore store;
	private final JdbcClient jdbc;
	private final Clock clock;

	public LetterFixtures(ApplicationContext context) {
		this.store = context.getBean(LetterStore.class);
		this.jdbc = context.getBean(JdbcClient.class);
		this.clock = context.getBean(Clock.class);
	}

	/** A letter of the writer in DRAFT whose first version is this content. */
	public UUID drafted(UUID tenantId, UUID writerId, String category, StructuredLetter content) {
		Letter letter = opening(tenantId, writerId, category, content.language(), null);
		letter.drafted(content, VersionSource.DRAFTED_WITHOUT_AI, null, clock.instant());
		store.insert(letter);
		return letter.id();
	}

	/** A letter of the writer in DRAFT whose first version is still being drafted. */
	public UUID opened(UUID tenantId, UUID writerId, String category, Language language) {
		return opened(tenantId, writerId, category, language, null);
	}

	/** A letter of the writer to this entry of the recipients directory, its first version still being drafted. */
	public UUID opened(UUID tenantId, UUID writerId, String category, Language language,
			@Nullable UUID recipientId) {
		Letter letter = opening(tenantId, writerId, category, language, recipientId);
		store.insert(letter);
		return letter.id();
	}

	/** Adds a version edited by hand by the author on top of the current one, as a test's starting point. */
	public LetterVersion edited(UUID tenantId, UUID letterId, UUID authorId, StructuredLetter content) {
		Letter letter = store.find(tenantId, letterId).orElseThrow();
		var author = new Caller(tenantId, authorId, "test", Set.of(Role.WRITER), Locale.ENGLISH, null);
		LetterVersion version = letter.edit(content, author, letter.currentVersion(), clock.instant());
		store.save(letter);
		return version;
	}

	/** Puts the letter straight into this status, as a test's starting point. */
	public void status(UUID letterId, LetterStatus status) {
		jdbc.sql("UPDATE letters_letter SET status = ?, version = version + 1 WHERE id = ?")
			.params(status.name(), letterId)
			.update();
	}

	public LetterStatus status(UUID letterId) {
		return LetterStatus.valueOf(jdbc.sql("SELECT status FROM letters_letter WHERE id = ?")
			.param(letterId)
			.query(String.class)
			.single());
	}

	private Letter opening(UUID tenantId, UUID writerId, String category, Language language,
			@Nullable UUID recipientId) {
		var recipient = new RecipientView(recipientId, "خالد العتيبي", "saada", "مدير عام الشؤون المالية", null,
				"وزارة المالية");
		var origin = new LetterOrigin(Ids.newId(clock), tenantId, writerId, category, language, recipient,
				"خالد العتيبي|وزاره الماليه|", null, null, clock.instant());
		return new Letter(origin, 0, LetterStatus.DRAFT,
				DraftingState.WRITING, null, 0);
	}
}
