package dev.katib.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

import dev.katib.accounts.Role;

/** A member who forgot their password gets a link (here through the outbox) and sets a new one. */
class PasswordResetJourneyTests extends BrowserJourney {

	private static final Pattern LINK = Pattern.compile("https?://\\S+(/password/reset\\?token=[A-Za-z0-9_-]+)");
	private static final String NEW_PASSWORD = "lemon observatory drifting 808";

	@Test
	void forgottenPasswordIsReplacedThroughTheEmailedLinkOnce() {
		var organisation = accounts.organisation();
		var writer = accounts.member(organisation, Role.WRITER);
		Page member = newPage();
		member.navigate("/signin?lang=en");
		member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgotten your password?")).click();
		FirstRunJourneyTests.field(member, "E-mail").fill(writer.email());
		member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the link")).click();
		assertThat(member.getByRole(AriaRole.STATUS)).containsText("If this address has an account");

		Page owner = newPage();
		MembersJourneyTests.signIn(owner, organisation.owner().email(), dev.katib.support.TestAccounts.PASSWORD);
		owner.navigate("/mail-outbox");
		Matcher link = LINK.matcher(owner.locator("article.mail").first().innerText());
		assertThat(link.find()).isTrue();

		member.navigate(link.group(1) + "&lang=en");
		FirstRunJourneyTests.field(member, "New password").fill(NEW_PASSWORD);
		member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the password")).click();
		assertThat(member.getByRole(AriaRole.STATUS)).hasText("Your password has changed. Sign in with it now.");
		MembersJourneyTests.signIn(member, writer.email(), NEW_PASSWORD);
		assertThat(member.locator(".account-name")).hasCount(1);

		member.navigate(link.group(1) + "&lang=en");
		assertThat(member.getByRole(AriaRole.ALERT)).containsText("This link is not valid");
	}
}
