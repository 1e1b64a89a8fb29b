package dev.katib.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.katib.accounts.Role;
import dev.katib.knowledge.StyleRule;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.letters.LetterFixtures;
import dev.katib.letters.DraftingRequests;
import dev.katib.paper.PaperFixtures;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.Account;

/** The home page tells a new organisation's members what to do next, each what their roles let them do. */
class FirstStepsIntegrationTests extends IntegrationTest {

	private static final Pattern STEP = Pattern.compile("<li( class=\"done\")?>\\s*<a href=\"([^\"]+)\"");

	@Autowired
	WritingKnowledge knowledge;

	@Autowired
	LetterFixtures letters;

	@Test
	void aNewOwnerSeesFourStepsAndEachIsMarkedDoneOnceTaken() {
		var organisation = accounts.organisation();
		String owner = accounts.sessionCookie(baseUrl(), organisation.owner());

		assertThat(steps(owner)).containsExactly("/admin/letterhead", "/members", "/admin/writing", "/letters/new");
		assertThat(done(owner)).isEmpty();
		assertThat(home(owner)).contains("Your first steps");

		accounts.member(organisation, Role.WRITER);
		knowledge.addStyleRule(organisation.tenantId(), new StyleRule(null, "Name the ministry in full."));
		letters.drafted(organisation.tenantId(), organisation.owner().memberId(), "request", PaperFixtures.content(DraftingRequests.arabic()));

		assertThat(done(owner)).containsExactly("/members", "/admin/writing", "/letters/new");
	}

	@Test
	void aWriterSeesOnlyTheFirstLetterAndAVisitorNoSteps() {
		var organisation = accounts.organisation();
		Account writer = accounts.member(organisation, Role.WRITER);

		assertThat(steps(accounts.sessionCookie(baseUrl(), writer))).containsExactly("/letters/new");
		assertThat(client().get().uri("/?lang=en").exchange().expectBody(String.class).returnResult().getResponseBody())
			.doesNotContain("Your first steps");
	}

	private String home(String cookie) {
		return client().get().uri("/?lang=en").header("Cookie", cookie).exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
	}

	private List<String> steps(String cookie) {
		return STEP.matcher(stepList(cookie)).results().map(m -> m.group(2)).toList();
	}

	private List<String> done(String cookie) {
		return STEP.matcher(stepList(cookie)).results().filter(m -> m.group(1) != null).map(m -> m.group(2)).toList();
	}

	private String stepList(String cookie) {
		String page = home(cookie);
		int start = page.indexOf("<ol class=\"steps\">");
		return start < 0 ? "" : page.substring(start, page.indexOf("</ol>", start));
	}
}
