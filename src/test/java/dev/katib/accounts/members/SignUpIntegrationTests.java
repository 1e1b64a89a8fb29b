package dev.katib.accounts.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.katib.accounts.AccountEvent.Actor;
import dev.katib.accounts.Role;
import dev.katib.accounts.configuration.AccountsProperties;
import dev.katib.platform.KatibException;
import dev.katib.support.IntegrationTest;

class SignUpIntegrationTests extends IntegrationTest {

	@Autowired
	Enrolment enrolment;

	@Autowired
	Members members;

	@Autowired
	AccountsProperties properties;

	@Test
	void hasNoSignUpUnlessItIsEnabled() throws Exception {
		var http = HttpClient.newHttpClient();
		var api = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/signup"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"organisation\":\"Org\",\"name\":\"Ali\","
					+ "\"email\":\"ali-signup@example.org\",\"password\":\"copper window morning 55\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		var page = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/signup")).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(members.emailTaken("ali-signup@example.org")).isFalse();
	}

	@Test
	void createsAnOrganisationWithItsOwnerWhenEnabled() {
		var signUp = new SignUp(enrolment, enabled(properties));

		Member owner = signUp.signUp(new Enrolment.NewOrganisation("مكتب النور", "Al-Noor Office", "ar", "Noor",
				"noor-signup@example.org", "copper window morning 55"), Actor.system());

		assertThat(owner.roles()).containsExactly(Role.OWNER);
		assertThat(members.find(owner.tenantId(), owner.id())).get().extracting(Member::active).isEqualTo(true);
		assertThatThrownBy(() -> signUp.signUp(new Enrolment.NewOrganisation("x", "x", "ar", "Other",
				"NOOR-signup@example.org", "copper window morning 55"), Actor.system()))
			.isInstanceOfSatisfying(KatibException.class,
					ex -> assertThat(ex.type()).isEqualTo(AccountProblems.EMAIL_TAKEN));
	}

	private static AccountsProperties enabled(AccountsProperties p) {
		return new AccountsProperties(p.baseUrl(), true, p.tokens(), p.session(), p.bootstrap(), p.mail(), p.metricsToken());
	}
}
