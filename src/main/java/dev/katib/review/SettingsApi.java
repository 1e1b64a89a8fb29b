package dev.katib.review;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.RequiresPermission;
import dev.katib.accounts.Permission;
import dev.katib.accounts.Callers;

/** The organisation's letter settings, for its owners and administrators. */
@RequiresPermission(Permission.MANAGE_ORGANISATION)
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

	private final LetterSettings settings;
	private final Callers callers;

	SettingsApi(LetterSettings settings, Callers callers) {
		this.settings = settings;
		this.callers = callers;
	}

	@Operation(summary = "Show the organisation's letter settings")
	@GetMapping
	SettingsBody settings() {
		return SettingsBody.of(settings.of(callers.current()));
	}

	@Operation(summary = "Change the organisation's letter settings")
	@PutMapping
	SettingsBody change(@RequestBody @Valid SettingsBody body) {
		return SettingsBody.of(settings.change(callers.current(), body.settings()));
	}
}
