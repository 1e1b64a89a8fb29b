package dev.katib.automation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Role;
import dev.katib.platform.KatibException;

class WorkAccessTests {

	private static final UUID ORGANISATION = UUID.randomUUID();

	@Test
	void aViewerMayNeitherReadNorCreate() {
		Caller viewer = caller(Role.VIEWER);
		assertThatThrownBy(() -> WorkAccess.requireRead(viewer)).isInstanceOf(KatibException.class);
		assertThatThrownBy(() -> WorkAccess.requireCreate(viewer)).isInstanceOf(KatibException.class);
	}

	@Test
	void aWriterControlsWhatTheyMadeButNotAnotherWritersWork() {
		Caller writer = caller(Role.WRITER);
		assertThatCode(() -> WorkAccess.requireCreate(writer)).doesNotThrowAnyException();
		assertThatCode(() -> WorkAccess.requireControl(writer, writer.userId())).doesNotThrowAnyException();
		assertThatThrownBy(() -> WorkAccess.requireControl(writer, UUID.randomUUID()))
			.isInstanceOf(KatibException.class)
			.hasMessageContaining("Only the member who made it");
	}

	@Test
	void anAdministratorControlsEveryMembersWork() {
		assertThatCode(() -> WorkAccess.requireControl(caller(Role.ADMIN), UUID.randomUUID()))
			.doesNotThrowAnyException();
	}

	@Test
	void aReviewerControlsNothingNotEvenWhatCarriesTheirId() {
		Caller reviewer = caller(Role.REVIEWER);
		assertThatThrownBy(() -> WorkAccess.requireControl(reviewer, reviewer.userId()))
			.isInstanceOf(KatibException.class);
	}

	private static Caller caller(Role role) {
		return new Caller(ORGANISATION, UUID.randomUUID(), "عضو", Set.of(role), Locale.ENGLISH, null);
	}
}
