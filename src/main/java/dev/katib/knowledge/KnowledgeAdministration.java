package dev.katib.knowledge;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.accounts.AccessPolicy;
import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.platform.KatibException;

/**
 * The writing knowledge as the current caller may see and change it, for the API and the pages alike.
 * Owners and administrators (MANAGE_ORGANISATION) edit categories, rules, reference letters, the introduction
 * and the recipients directory; everyone who reads letters reads the categories and the directory; writers also
 * add recipients while drafting. Every change is recorded in the audit trail.
 */
@Service
public class KnowledgeAdministration {

	private final AccessPolicy access;
	private final CategoryCatalogue categories;
	private final StyleGuide guide;
	private final RecipientsDirectory directory;
	private final WritingKnowledge knowledge;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	KnowledgeAdministration(AccessPolicy access, CategoryCatalogue categories, StyleGuide guide,
			RecipientsDirectory directory, WritingKnowledge knowledge, ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.categories = categories;
		this.guide = guide;
		this.directory = directory;
		this.knowledge = knowledge;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public List<CategoryEntry> categories() {
		return categories.list(access.require(Permission.READ_LETTERS).tenantId());
	}

	@Transactional
	public CategoryDefinition addCategory(CategoryDefinition category) {
		Caller caller = admin();
		categories.add(caller.tenantId(), category);
		publish(caller, "category-added", "category", category.key(), Map.of());
		return category;
	}

	/** A key for a new category of these names that no category of the organisation has yet. */
	@Transactional(readOnly = true)
	public String newCategoryKey(@Nullable String arabicName, @Nullable String englishName) {
		Caller caller = admin();
		var taken = categories.list(caller.tenantId()).stream().map(CategoryEntry::category).map(CategoryDefinition::key)
			.collect(java.util.stream.Collectors.toSet());
		return CategoryKeys.from(arabicName, englishName, taken);
	}

	/** Changes a category; {@code seen} is the version the change was made on, when the caller knows it. */
	@Transactional
	public CategoryEntry updateCategory(String key, CategoryDefinition category, @Nullable Long seen) {
		Caller caller = admin();
		CategoryEntry changed = categories.update(caller.tenantId(), key, category, seen);
		publish(caller, "category-changed", "category", key, Map.of());
		return changed;
	}

	@Transactional
	public void removeCategory(String key) {
		Caller caller = admin();
		categories.remove(caller.tenantId(), key);
		publish(caller, "category-removed", "category", key, Map.of());
	}

	@Transactional(readOnly = true)
	public List<StyleRuleEntry> styleRules(@Nullable String categoryKey) {
		return guide.rules(admin().tenantId(), categoryKey);
	}

	@Transactional
	public StyleRuleEntry addStyleRule(StyleRule rule) {
		Caller caller = admin();
		StyleRuleEntry added = guide.addRule(caller.tenantId(), rule);
		publish(caller, "style-rule-added", "style-rule", added.id(), scope(rule.categoryKey()));
		return added;
	}

	@Transactional
	public StyleRuleEntry updateStyleRule(UUID ruleId, StyleRule rule) {
		Caller caller = admin();
		StyleRuleEntry changed = guide.updateRule(caller.tenantId(), ruleId, rule);
		publish(caller, "style-rule-changed", "style-rule", ruleId, scope(rule.categoryKey()));
		return changed;
	}

	@Transactional
	public void removeStyleRule(UUID ruleId) {
		Caller caller = admin();
		StyleRule removed = guide.removeRule(caller.tenantId(), ruleId);
		publish(caller, "style-rule-removed", "style-rule", ruleId, scope(removed.categoryKey()));
	}

	@Transactional(readOnly = true)
	public List<ReferenceLetterEntry> referenceLetters(@Nullable String categoryKey) {
		return guide.referenceLetters(admin().tenantId(), categoryKey);
	}

	@Transactional
	public ReferenceLetterEntry addReferenceLetter(ReferenceLetter letter) {
		Caller caller = admin();
		ReferenceLetterEntry added = guide.addReferenceLetter(caller.tenantId(), letter);
		publish(caller, "reference-letter-added", "reference-letter", added.id(), scope(letter.categoryKey()));
		return added;
	}

	@Transactional
	public ReferenceLetterEntry updateReferenceLetter(UUID letterId, ReferenceLetter letter) {
		Caller caller = admin();
		ReferenceLetterEntry changed = guide.updateReferenceLetter(caller.tenantId(), letterId, letter);
		publish(caller, "reference-letter-changed", "reference-letter", letterId, scope(letter.categoryKey()));
		return changed;
	}

	@Transactional
	public void removeReferenceLetter(UUID letterId) {
		Caller caller = admin();
		ReferenceLetter removed = guide.removeReferenceLetter(caller.tenantId(), letterId);
		publish(caller, "reference-letter-removed", "reference-letter", letterId, scope(removed.categoryKey()));
	}

	@Transactional(readOnly = true)
	public Optional<String> introduction(Language language) {
		return knowledge.introduction(admin().tenantId(), language);
	}

	/** Sets the introduction in this language, or removes it with a blank text. */
	@Transactional
	public Optional<String> setIntroduction(Language language, @Nullable String text) {
		Caller caller = admin();
		knowledge.setIntroduction(caller.tenantId(), language, text);
		Optional<String> now = knowledge.introduction(caller.tenantId(), language);
		publish(caller, now.isPresent() ? "introduction-set" : "introduction-removed", "introduction",
				language.code(), Map.of());
		return now;
	}

	@Transactional(readOnly = true)
	public RecipientPage recipients(@Nullable String query, int page, int size) {
		return directory.page(access.require(Permission.READ_LETTERS).tenantId(), query, page, size);
	}

	@Transactional(readOnly = true)
	public RecipientEntry recipient(UUID recipientId) {
		return directory.find(access.require(Permission.READ_LETTERS).tenantId(), recipientId)
			.orElseThrow(() -> KatibException.notFound("The recipient"));
	}

	/** Adds a recipient: administrators, and writers as they draft a letter to someone new. */
	@Transactional
	public RecipientEntry addRecipient(Recipient recipient, @Nullable String email, @Nullable String phone) {
		Caller caller = access.allows(Permission.MANAGE_ORGANISATION) ? admin()
				: access.require(Permission.WRITE_LETTERS);
		RecipientEntry added = directory.add(caller.tenantId(), recipient, email, phone);
		publish(caller, "recipient-added", "recipient", added.id(), Map.of());
		return added;
	}

	/** Changes a directory entry; {@code seen} is the version the change was made on, when the caller knows it. */
	@Transactional
	public RecipientEntry updateRecipient(UUID recipientId, Recipient recipient, @Nullable String email,
			@Nullable String phone, @Nullable Long seen) {
		Caller caller = admin();
		RecipientEntry changed = directory.update(caller.tenantId(), recipientId, recipient, email, phone, seen);
		publish(caller, "recipient-changed", "recipient", recipientId, Map.of());
		return changed;
	}

	@Transactional
	public void removeRecipient(UUID recipientId) {
		Caller caller = admin();
		directory.remove(caller.tenantId(), recipientId);
		publish(caller, "recipient-removed", "recipient", recipientId, Map.of());
	}

	/** @throws KatibException forbidden unless the current caller may edit the writing knowledge */
	public void requireAdministrator() {
		admin();
	}

	/** Whether the current caller may edit the writing knowledge. */
	public boolean mayAdminister() {
		return access.allows(Permission.MANAGE_ORGANISATION);
	}

	private Caller admin() {
		return access.require(Permission.MANAGE_ORGANISATION);
	}

	private void publish(Caller caller, String action, String targetType, Object targetId, Map<String, String> details) {
		events.publishEvent(KnowledgeChanged.by(caller, action, targetType, targetId, details, clock.instant()));
	}

	private static Map<String, String> scope(@Nullable String categoryKey) {
		return Map.of("category", categoryKey == null ? "*" : categoryKey);
	}
}
