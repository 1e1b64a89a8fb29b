package dev.katib.review;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Colleagues;
import dev.katib.accounts.PasswordConfirmation;
import dev.katib.accounts.Colleagues.Colleague;
import dev.katib.letters.IssuedNumber;
import dev.katib.knowledge.Language;
import dev.katib.letters.Letter;
import dev.katib.letters.LetterLifecycle;
import dev.katib.letters.LetterRecords;
import dev.katib.letters.LetterStatus;
import dev.katib.letters.LetterTransition;
import dev.katib.letters.LetterTransitioned;
import dev.katib.platform.Ids;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Moves letters through review and signature. Each transition locks the letter, checks the caller's roles
 * (403 when they may never do it) and the letter's status (409 when it is not possible from there), issues the
 * number when the letter reaches the status the organisation numbers at, and records who did it from where on
 * which version with an audit entry, all in one transaction; those who act next are told once it committed
 * ({@link Notifications}).
 */
@Service
class Transitions {


	static final int MAX_COMMENT = 2000;

	private final LetterLifecycle lifecycle;
	private final SettingsStore settings;
	private final LetterNumberIssuer numbers;
	private final LetterRecords records;
	private final SignerProfiles profiles;
	private final Colleagues colleagues;
	private final PasswordConfirmation passwords;
	private final ApplicationEventPublisher events;
	private final JdbcClient jdbc;
	private final Clock clock;

	Transitions(LetterLifecycle lifecycle, SettingsStore settings, LetterNumberIssuer numbers,
			LetterRecords records, SignerProfiles profiles, Colleagues colleagues, PasswordConfirmation passwords,
			ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
		this.lifecycle = lifecycle;
		this.settings = settings;
		this.numbers = numbers;
		this.records = records;
		this.profiles = profiles;
		this.colleagues = colleagues;
		this.passwords = passwords;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Performs the transition on the letter for the caller.
	 *
	 * @param comment why; required to return a letter, kept with the transition otherwise
	 * @param password the caller's password, when the organisation asks for it to sign
	 */
	@Transactional
	TransitionOutcome perform(Caller caller, UUID letterId, LetterTransition transition, @Nullable String comment,
			@Nullable String password) {
		return perform(caller, letterId, transition, comment, password, false);
	}

	/**
	 * As {@link #perform(Caller, UUID, LetterTransition, String, String)} for one letter of many, the caller's
	 * password (when the organisation asks for it to sign) having been confirmed once for all of them.
	 */
	@Transactional
	TransitionOutcome performConfirmed(Caller caller, UUID letterId, LetterTransition transition,
			@Nullable String comment) {
		return perform(caller, letterId, transition, comment, null, true);
	}

	/** Confirms the caller's password once, when the organisation asks for it to sign. */
	void confirmSigner(Caller caller, @Nullable String password) {
		if (settings.settings(caller.tenantId()).signRequiresPassword()) {
			confirm(caller, password);
		}
	}

	private TransitionOutcome perform(Caller caller, UUID letterId, LetterTransition transition,
			@Nullable String comment, @Nullable String password, boolean confirmed) {
		String note = comment == null || comment.isBlank() ? null : comment.strip();
		if (note != null && note.length() > MAX_COMMENT) {
			throw new KatibException(ProblemType.VALIDATION_FAILED,
					"A comment may have at most " + MAX_COMMENT + " characters.", Map.of("field", "comment"));
		}
		WorkflowSettings rules = settings.settings(caller.tenantId());
		return lifecycle.change(caller.tenantId(), letterId, letter -> {
			if (!WorkflowPolicy.permits(transition, caller.userId(), caller.roles(), letter.writerId(), rules)) {
				throw new KatibException(ProblemType.FORBIDDEN, "Your roles do not allow you to "
						+ transition.segment() + " this letter.", Map.of("action", transition.segment()));
			}
			letter.requirePossible(transition);
			if (transition == LetterTransition.SIGN && rules.signRequiresPassword() && !confirmed) {
				confirm(caller, password);
			}
			Instant now = clock.instant();
			LetterTransitioned moved = switch (transition) {
				case SUBMIT -> letter.submit(caller, note, rules.reviewOptional(letter.categoryKey()), now);
				case APPROVE -> letter.approve(caller, note, now);
				case RETURN -> letter.returnToWriter(caller, note, now);
				case SIGN -> letter.sign(caller, note, now);
				case SEND -> letter.send(caller, note, now);
				case CANCEL -> letter.cancel(caller, note, now);
				case ARCHIVE -> letter.archive(caller, note, now);
			};
			return recorded(caller, letter, moved, rules);
		});
	}

	/** Issues the number, keeps the signature and the step, and tells those who act next. */
	private TransitionOutcome recorded(Caller caller, Letter letter, LetterTransitioned moved,
			WorkflowSettings rules) {
		UUID letterId = letter.id();
		Optional<IssuedNumber> number = records.number(caller.tenantId(), letterId);
		@Nullable String issued = null;
		if (number.isEmpty() && WorkflowPolicy.numbersAt(moved.to(), rules)) {
			number = Optional.of(numbers.issue(caller.tenantId(), letterId, rules.format()));
			issued = number.get().number();
		}
		if (moved.to() == LetterStatus.SIGNED) {
			sign(caller, letter, moved.version(), moved.at());
		}
		record(caller, letterId, moved.from(), moved.to(), moved.version(), moved.comment(), moved.at());
		events.publishEvent(new WorkflowAudit.Transitioned(caller.tenantId(), caller.userId(), caller.name(),
				caller.sourceAddress(), moved.transition(), letterId, moved.from(), moved.to(), moved.version(), issued,
				moved.at()));
		return new TransitionOutcome(letterId, moved.to().name(), number.map(IssuedNumber::number).orElse(null),
				number.map(IssuedNumber::issuedOn).orElse(null));
	}

	private void confirm(Caller caller, @Nullable String password) {
		if (password == null || password.isEmpty()) {
			throw new KatibException(ProblemType.VALIDATION_FAILED, "Enter your password to sign.",
					Map.of("field", "password"));
		}
		if (!passwords.confirm(caller.tenantId(), caller.userId(), password, caller.sourceAddress())) {
			// answered as everywhere a password is checked: the field is not valid, nothing is forbidden
			throw new KatibException(ProblemType.VALIDATION_FAILED, "The password is not right.",
					Map.of("field", "password", "errors", List.of(Map.of("field", "password", "message",
							"The password is not right.", "reason", "wrong-password"))));
		}
	}

	/** Keeps the signature with the signer's name and job title in the letter's own language. */
	private void sign(Caller caller, Letter letter, int version, Instant now) {
		var profile = profiles.profile(caller.tenantId(), caller.userId());
		var signer = colleagues.find(caller.tenantId(), caller.userId());
		boolean arabic = letter.language() == Language.ARABIC;
		String name = signer.map(c -> c.profile().name(arabic, c.name())).orElse(caller.name());
		String jobTitle = signer.map(c -> c.profile().jobTitle(arabic)).orElse(null);
		jdbc.sql("""
				INSERT INTO review_signature (letter_id, tenant_id, signer_id, signer_name, signer_job_title, signed_at,
				  source_address, version_number, image, stamp)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(letter.id(), caller.tenantId(), caller.userId(), name, jobTitle, now.atOffset(ZoneOffset.UTC),
					caller.sourceAddress(), version,
					profile.signature() == null ? null : profile.signature().bytes(),
					profile.stamp() == null ? null : profile.stamp().bytes())
			.update();
	}

	private void record(Caller caller, UUID letterId, LetterStatus from, LetterStatus to, int version,
			@Nullable String comment, Instant now) {
		jdbc.sql("""
				INSERT INTO review_transition (id, tenant_id, letter_id, from_status, to_status, actor_id, actor_name,
				  version_number, comment, source_address, at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(Ids.newId(clock), caller.tenantId(), letterId, from.name(), to.name(), caller.userId(),
					caller.name(), version, comment, caller.sourceAddress(), now.atOffset(ZoneOffset.UTC))
			.update();
	}
}
