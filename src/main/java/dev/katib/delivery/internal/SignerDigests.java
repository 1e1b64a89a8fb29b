package dev.katib.delivery.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Colleagues;
import dev.katib.accounts.Permission;
import dev.katib.accounts.Role;
import dev.katib.letters.LetterHistory;
import dev.katib.letters.LetterStatus;
import dev.katib.letters.LetterTransitioned;
import dev.katib.platform.Inputs;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Signers' digests: each member's choice of how often to be told of the letters waiting for their signature,
 * and the letters approved since their last digest, which {@link DigestSender} sends as one message.
 */
@Service
public class SignerDigests {

	/** How often a signer is told. */
	public enum Frequency {
		/** A digest once approvals settle, at most every quarter of an hour. */
		IMMEDIATE,
		/** One digest a day, in the morning of the organisation's time zone. */
		DAILY,
		/** None. */
		OFF
	}

	/**
	 * A member's digest setting.
	 *
	 * @param frequency how often
	 * @param phone the number WhatsApp digests go to, in international form without the plus; none for e-mail only
	 */
	public record Setting(Frequency frequency, @Nullable String phone) {
	}

	private static final Pattern PHONE = Pattern.compile("^[1-9][0-9]{7,14}$");

	private final JdbcClient jdbc;
	private final Colleagues colleagues;
	private final LetterHistory history;
	private final Clock clock;

	SignerDigests(JdbcClient jdbc, Colleagues colleagues, LetterHistory history, Clock clock) {
		this.jdbc = jdbc;
		this.colleagues = colleagues;
		this.history = history;
		this.clock = clock;
	}

	/** The caller's setting; {@code IMMEDIATE} by e-mail until they choose. */
	@Transactional(readOnly = true)
	public Setting setting(Caller caller) {
		Permission.SIGN_LETTERS.require(caller);
		return setting(caller.tenantId(), caller.userId());
	}

	Setting setting(UUID tenantId, UUID memberId) {
		return jdbc.sql("SELECT frequency, phone FROM delivery_digest_setting WHERE tenant_id = ? AND member_id = ?")
			.params(tenantId, memberId)
			.query((row, n) -> new Setting(Frequency.valueOf(row.getString(1)), row.getString(2)))
			.optional()
			.orElse(new Setting(Frequency.IMMEDIATE, null));
	}

	/**
	 * Saves the caller's setting.
	 *
	 * @throws KatibException validation failed naming {@code frequency} or {@code phone}
	 */
	@Transactional
	public Setting save(Caller caller, @Nullable String frequency, @Nullable String phone) {
		Permission.SIGN_LETTERS.require(caller);
		Frequency chosen;
		try {
			chosen = Frequency.valueOf(Inputs.required(frequency, "frequency", 2, 10));
		}
		catch (IllegalArgumentException unknown) {
			throw Inputs.invalid("frequency", "frequency is IMMEDIATE, DAILY or OFF.");
		}
		String number = phone == null || phone.isBlank() ? null : phone.replace(" ", "").replaceFirst("^\\+", "");
		if (number != null && !PHONE.matcher(number).matches()) {
			throw new KatibException(ProblemType.VALIDATION_FAILED,
					"The phone number must be in international form, e.g. +966500000000.", Map.of("field", "phone"));
		}
		jdbc.sql("""
				INSERT INTO delivery_digest_setting (tenant_id, member_id, frequency, phone, updated_at)
				VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (tenant_id, member_id) DO UPDATE SET frequency = EXCLUDED.frequency, phone = EXCLUDED.phone,
				  updated_at = EXCLUDED.updated_at""")
			.params(caller.tenantId(), caller.userId(), chosen.name(), number, clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		return new Setting(chosen, number);
	}

	/** A letter approved: it waits for the organisation's signers, each of whom is told in their next digest. */
	@ApplicationModuleListener
	void on(LetterTransitioned moved) {
		if (moved.to() != LetterStatus.APPROVED) {
			return;
		}
		String subject = history.current(moved.tenantId(), moved.letterId()).map(v -> v.letter().subject()).orElse("");
		for (var signer : colleagues.withAnyRole(moved.tenantId(), Set.of(Role.SIGNER))) {
			if (!signer.active() || signer.id().equals(moved.actorId())
					|| setting(moved.tenantId(), signer.id()).frequency() == Frequency.OFF) {
				continue;
			}
			jdbc.sql("""
					INSERT INTO delivery_digest_pending (tenant_id, member_id, letter_id, subject, added_at)
					VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
				.params(moved.tenantId(), signer.id(), moved.letterId(), subject,
						clock.instant().atOffset(ZoneOffset.UTC))
				.update();
		}
	}
}
