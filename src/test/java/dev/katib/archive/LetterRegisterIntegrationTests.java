package dev.katib.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.katib.platform.KatibException;
import dev.katib.support.IntegrationTest;

class LetterRegisterIntegrationTests extends IntegrationTest {

	@Autowired
	LetterRegister register;

	@Test
	void refusesToConnectASheetWhenKatibHasNoGoogleCredentials() {
		UUID tenant = UUID.randomUUID();

		assertThatThrownBy(() -> register.connect(tenant, "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789", "Register"))
			.isInstanceOf(KatibException.class)
			.satisfies(e -> assertThat(((KatibException) e).type().slug()).isEqualTo("register-unavailable"))
			.hasMessageContaining("KATIB_GOOGLE_CREDENTIALS");
		assertThat(register.settings(tenant)).isEmpty();
	}
}
