package dev.katib.review;

import java.time.Clock;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.AccessPolicy;
import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;

/** The organisation's letter settings, for its owners and administrators. */
@RestController
@RequestMapping("/api/v1/letter-settings")
class SettingsApi {

	/** The settings as the API shows and takes them. */
	record SettingsBody(@NotNull @Size(max = 100) Set<@Size(min = 1, max = 100) String> reviewOptionalFor,
			boolean writersApproveOwn, @NotNull WorkflowSettings.NumberingAt numberingAt,
			@NotNull @Pattern(regexp = "[\\p{L}\\p{N}_-]{0,20}", message = "letters, digits, - and _, at most 20") String numberPrefix,
			@NotNull NumberFormat.Calendar numberCalendar, @Min(1) @Max(12) int numberWidth,
			boolean signRequiresPassword) {

		static SettingsBody of(WorkflowSettings settings) {
			return new SettingsBody(settings.reviewOptionalFor(), settings.writersApproveOwn(), settings.numberingAt(),
					settings.format().prefix(), settings.format().calendar(), settings.format().width(),
					settings.signRequiresPassword());
		}

		WorkflowSettings settings() {
			return new WorkflowSettings(reviewOptionalFor, writersApproveOwn, numberingAt,
					new NumberFormat(numberPrefix, numberCalendar, numberWidth), signRequiresPassword);
		}
	}

	private final SettingsStore store;
	private final AccessPolicy access;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SettingsApi(SettingsStore store, AccessPolicy access, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	@GetMapping
	SettingsBody settings() {
		Caller caller = access.require(Permission.MANAGE_ORGANISATION);
		return SettingsBody.of(store.settings(caller.tenantId()));
	}

	@PutMapping
	@Transactional
	SettingsBody change(@RequestBody @Valid SettingsBody body) {
		Caller caller = access.require(Permission.MANAGE_ORGANISATION);
		save(caller, body.settings());
		return SettingsBody.of(store.settings(caller.tenantId()));
	}

	/** Saves the settings and records who changed them. */
	@Transactional
	void save(Caller caller, WorkflowSettings settings) {
		store.save(caller.tenantId(), settings);
		events.publishEvent(new WorkflowAudit.SettingsChanged(caller.tenantId(), caller.userId(), caller.name(),
				caller.sourceAddress(), clock.instant()));
	}
}
