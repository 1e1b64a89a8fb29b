package dev.katib.review;

import dev.katib.knowledge.CategoryDefinition;
import dev.katib.knowledge.ClosingStyle;
import dev.katib.letters.LetterStatus;
import dev.katib.letters.LetterTransition;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.accounts.Role;
import dev.katib.letters.LetterHistory;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.Account;
import dev.katib.support.TestAccounts.TestOrganisation;

/** Every transition by every role: allowed or refused, and the audit entries it leaves. */
class TransitionMatrixIntegrationTests extends IntegrationTest {

	@Autowired
	dev.katib.knowledge.WritingKnowledge knowledge;

	@Autowired
	dev.katib.letters.LetterFixtures letterFixtures;

	/** Who acts, relative to the letter. */
	enum Actor {
		OWNER, ADMIN, OWN_WRITER, OTHER_WRITER, REVIEWER, SIGNER, VIEWER
	}

	private static final Map<Actor, Set<LetterTransition>> ALLOWED = Map.of(Actor.OWNER, EnumSet.allOf(LetterTransition.class), Actor.ADMIN,
			EnumSet.allOf(LetterTransition.class), Actor.OWN_WRITER,
			EnumSet.of(LetterTransition.SUBMIT, LetterTransition.SEND, LetterTransition.CANCEL, LetterTransition.ARCHIVE), Actor.OTHER_WRITER,
			EnumSet.noneOf(LetterTransition.class), Actor.REVIEWER, EnumSet.of(LetterTransition.APPROVE, LetterTransition.RETURN), Actor.SIGNER,
			EnumSet.of(LetterTransition.SIGN), Actor.VIEWER, EnumSet.noneOf(LetterTransition.class));

	@Autowired
	LetterHistory history;

	@Autowired
	JdbcClient jdbc;

	WorkflowLetters letters;

	TestOrganisation organisation;

	Account writer;

	Map<Actor, Account> actors;

	@BeforeEach
	void organisation() {
		letters = new WorkflowLetters(letterFixtures, jdbc);
		organisation = accounts.organisation();
		writer = accounts.member(organisation, Role.WRITER);
		actors = Map.of(Actor.OWNER, organisation.owner(), Actor.ADMIN, accounts.member(organisation, Role.ADMIN),
				Actor.OWN_WRITER, writer, Actor.OTHER_WRITER, accounts.member(organisation, Role.WRITER), Actor.REVIEWER,
				accounts.member(organisation, Role.REVIEWER), Actor.SIGNER, accounts.member(organisation, Role.SIGNER),
				Actor.VIEWER, accounts.member(organisation, Role.VIEWER));
	}

	@Test
	void allowsEveryTransitionToTheRolesThatMayDoItAndRefusesItToTheOthers() {
		List<String> outcomes = new ArrayList<>();
		List<String> expected = new ArrayList<>();
		for (LetterTransition action : LetterTransition.values()) {
			for (LetterStatus from : LetterStatus.values()) {
				if (!action.possibleFrom(from)) {
					continue;
				}
				for (Actor actor : Actor.values()) {
					UUID letter = letters.in(writer, from);
					boolean allowed = ALLOWED.get(actor).contains(action);
					int status = post(actors.get(actor), letter, action, "السبب: يحتاج الخطاب إلى مراجعة الأرقام");
					String label = action + " from " + from + " by " + actor;
					outcomes.add(label + " -> " + status + " " + letters.status(letter) + " " + letters.auditActions(letter));
					expected.add(label + " -> " + (allowed ? 200 : 403) + " " + (allowed ? action.target() : from) + " "
							+ (allowed ? List.of(audited(action)) : List.of()));
				}
			}
		}
		assertThat(outcomes).containsExactlyElementsOf(expected);
	}

	@Test
	void refusesEveryTransitionFromAStatusItIsNotPossibleFrom() {
		List<String> outcomes = new ArrayList<>();
		List<String> expected = new ArrayList<>();
		for (LetterTransition action : LetterTransition.values()) {
			for (LetterStatus from : LetterStatus.values()) {
				if (action.possibleFrom(from)) {
					continue;
				}
				UUID letter = letters.in(writer, from);
				var response = client().post()
					.uri("/api/v1/letters/{id}/{action}", letter, action.segment())
					.header("Authorization", accounts.bearer(organisation.owner()))
					.contentType(MediaType.APPLICATION_JSON)
					.body(Map.of("comment", "لا بد من تعليل"))
					.exchange()
					.expectBody(Map.class)
					.returnResult();
				outcomes.add(action + " from " + from + " -> " + response.getStatus().value() + " "
						+ response.getResponseBody().get("type") + " " + letters.status(letter) + " "
						+ letters.auditActions(letter));
				expected.add(action + " from " + from + " -> 409 urn:katib:problem:transition-not-allowed " + from + " []");
			}
		}
		assertThat(outcomes).containsExactlyElementsOf(expected);
	}

	@Test
	void aReviewerMayApproveTheirOwnLetterOnlyWhenTheOrganisationAllowsIt() {
		Account reviewingWriter = accounts.member(organisation, Role.WRITER, Role.REVIEWER);
		UUID first = letters.in(reviewingWriter, LetterStatus.IN_REVIEW);
		assertThat(post(reviewingWriter, first, LetterTransition.APPROVE, null)).isEqualTo(403);

		putSettings(Map.of("reviewOptionalFor", List.of(), "writersApproveOwn", true, "numberingAt", "APPROVAL",
				"numberPrefix", "OUT", "numberCalendar", "HIJRI", "numberWidth", 6, "signRequiresPassword", false));

		assertThat(post(reviewingWriter, first, LetterTransition.APPROVE, null)).isEqualTo(200);
		assertThat(letters.status(first)).isEqualTo("APPROVED");
	}

	@Test
	void returningALetterNeedsAComment() {
		UUID letter = letters.in(writer, LetterStatus.IN_REVIEW);

		assertThat(post(actors.get(Actor.REVIEWER), letter, LetterTransition.RETURN, "  ")).isEqualTo(400);
		assertThat(letters.status(letter)).isEqualTo("IN_REVIEW");
		assertThat(post(actors.get(Actor.REVIEWER), letter, LetterTransition.RETURN, "أضف تاريخ الاجتماع")).isEqualTo(200);
		assertThat(letters.status(letter)).isEqualTo("RETURNED");
	}

	@Test
	void submittingALetterOfACategoryWithoutReviewApprovesAndNumbersIt() {
		knowledge.addCategory(organisation.tenantId(), new CategoryDefinition("thanks", "شكر وتقدير", "Thanks",
				ClosingStyle.FORMAL, "وتقبلوا فائق الاحترام والتقدير", "Yours sincerely,", true, "شكر", "Thanks"));
		putSettings(Map.of("reviewOptionalFor", List.of("thanks"), "writersApproveOwn", false, "numberingAt",
				"APPROVAL", "numberPrefix", "OUT", "numberCalendar", "GREGORIAN", "numberWidth", 4,
				"signRequiresPassword", false));
		UUID thanks = letters.drafted(writer, "thanks");
		UUID request = letters.drafted(writer, "request");

		var approved = client().post()
			.uri("/api/v1/letters/{id}/submit", thanks)
			.header("Authorization", accounts.bearer(writer))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(approved).containsEntry("status", "APPROVED").containsKey("issuedOn");
		assertThat((String) approved.get("number")).matches("OUT/20\\d\\d/0001");
		assertThat(post(writer, request, LetterTransition.SUBMIT, null)).isEqualTo(200);
		assertThat(letters.status(request)).isEqualTo("IN_REVIEW");
	}

	@Test
	void refusesALetterOfAnotherOrganisation() {
		UUID letter = letters.in(writer, LetterStatus.DRAFT);
		TestOrganisation other = accounts.organisation();

		assertThat(post(other.owner(), letter, LetterTransition.CANCEL, null)).isEqualTo(404);
		assertThat(letters.status(letter)).isEqualTo("DRAFT");
	}

	private void putSettings(Map<String, Object> settings) {
		client().put()
			.uri("/api/v1/letter-settings")
			.header("Authorization", accounts.bearer(organisation.owner()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(settings)
			.exchange()
			.expectStatus()
			.isOk();
	}

	private int post(Account actor, UUID letter, LetterTransition action, String comment) {
		return client().post()
			.uri("/api/v1/letters/{id}/{action}", letter, action.segment())
			.header("Authorization", accounts.bearer(actor))
			.contentType(MediaType.APPLICATION_JSON)
			.body(comment == null ? Map.of() : Map.of("comment", comment))
			.exchange()
			.returnResult()
			.getStatus()
			.value();
	}

	private static String audited(LetterTransition action) {
		return new WorkflowAudit.Transitioned(UUID.randomUUID(), UUID.randomUUID(), "x", null, action,
				UUID.randomUUID(), LetterStatus.DRAFT, LetterStatus.DRAFT, 1, null, java.time.Instant.now())
			.audit()
			.action();
	}
}
