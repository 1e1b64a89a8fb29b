package dev.katib.delivery.internal.whatsapp;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.accounts.RequiresPermission;
import dev.katib.platform.Inputs;
import dev.katib.platform.KatibException;

/** The organisation's WhatsApp Cloud API account, which letters are sent from; its secrets are never shown again. */
@RestController
@RequestMapping("/api/v1/delivery/whatsapp")
@Tag(name = "Delivery")
@Validated
class WhatsAppApi {

	static final String GRAPH_API = "https://graph.facebook.com/v21.0";

	private final WhatsAppAccounts accounts;
	private final Callers callers;
	private final String baseUrl;
	private final boolean plainHttpAllowed;

	WhatsAppApi(WhatsAppAccounts accounts, Callers callers, @Value("${katib.accounts.base-url}") String baseUrl,
			@Value("${katib.delivery.whatsapp.allow-plain-http:false}") boolean plainHttpAllowed) {
		this.accounts = accounts;
		this.callers = callers;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.plainHttpAllowed = plainHttpAllowed;
	}

	/**
	 * The account to send from.
	 *
	 * @param apiUrl the Graph API with its version; {@value #GRAPH_API} when left out
	 * @param phoneNumberId the id of the business phone number (not the number itself)
	 * @param token a system user's access token with {@code whatsapp_business_messaging}; left out, the saved one stays
	 * @param appSecret the Meta app's secret, which signs status reports; left out, the saved one stays
	 */
	// the sizes bound what is read; what a valid value is, saved(…) says once, for the API and the page
	record AccountRequest(@Nullable @Size(max = 300) String apiUrl, @NotNull @Size(max = 30) String phoneNumberId,
			@Nullable @Size(max = 1000) String token, @Nullable @Size(max = 200) String appSecret) {
	}

	/**
	 * The account as it may be shown, with what to give Meta for status reports.
	 *
	 * @param token the token's last four characters
	 * @param callbackUrl the callback URL to give the Meta app's webhook settings
	 * @param verifyToken the verify token to give with it
	 */
	record AccountView(String apiUrl, String phoneNumberId, String token, String callbackUrl, String verifyToken) {
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@GetMapping
	@Operation(summary = "Show the organisation's WhatsApp account (secrets masked) and its callback URL")
	AccountView show() {
		return view(callers.current());
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@PutMapping
	@Operation(summary = "Set the WhatsApp Cloud API account letters are sent from; secrets are sealed and never shown again")
	AccountView save(@Valid @RequestBody AccountRequest request) {
		return saved(request);
	}

	/** Saves the account after the checks the request's annotations cannot make; pages call it with their form. */
	AccountView saved(AccountRequest request) {
		Caller caller = callers.current();
		if (!request.phoneNumberId().matches("[0-9]{5,30}")) {
			throw Inputs.invalid("phoneNumberId", "The phone number's id is its digits, as Meta shows them (not the number).");
		}
		if ((request.token() != null && !request.token().matches("[\\x21-\\x7E]{20,1000}"))
				|| (request.appSecret() != null && !request.appSecret().matches("[\\x21-\\x7E]{16,200}"))) {
			throw Inputs.invalid(request.token() != null ? "token" : "appSecret",
					"The access token (20 characters or more) and the app secret (16 or more) are printable characters only.");
		}
		String apiUrl = request.apiUrl() == null || request.apiUrl().isBlank() ? GRAPH_API : request.apiUrl().strip();
		URI address;
		try {
			address = URI.create(apiUrl);
		}
		catch (IllegalArgumentException notAnAddress) {
			throw Inputs.invalid("apiUrl", "The API address is not an address.");
		}
		boolean https = "https".equals(address.getScheme());
		if (address.getHost() == null || !(https || (plainHttpAllowed && "http".equals(address.getScheme())))) {
			throw Inputs.invalid("apiUrl", "The API address must start with https://, such as " + GRAPH_API + ".");
		}
		boolean first = accounts.shown(caller.tenantId()).isEmpty();
		if (first && (request.token() == null || request.appSecret() == null)) {
			throw Inputs.invalid(request.token() == null ? "token" : "appSecret",
					"The access token and the app secret are both needed the first time.");
		}
		accounts.save(caller.tenantId(), apiUrl, request.phoneNumberId(), request.token(), request.appSecret());
		return view(caller);
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping
	@Operation(summary = "Forget the WhatsApp account: letters can no longer be sent by WhatsApp")
	ResponseEntity<Void> remove() {
		if (!accounts.remove(callers.current().tenantId())) {
			throw KatibException.notFound("The WhatsApp account");
		}
		return ResponseEntity.noContent().build();
	}

	private AccountView view(Caller caller) {
		var shown = accounts.shown(caller.tenantId()).orElseThrow(() -> KatibException.notFound("The WhatsApp account"));
		return new AccountView(shown.apiUrl(), shown.phoneNumberId(), shown.tokenHint(),
				baseUrl + WhatsAppCallbacksApi.PATH.replace("{callbackId}", shown.callbackId()), shown.verifyToken());
	}
}
