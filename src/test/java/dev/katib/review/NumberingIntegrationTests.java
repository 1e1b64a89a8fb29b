package dev.katib.review;

import dev.katib.letters.LetterStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.accounts.Role;
import dev.katib.documents.DocumentDates;
import dev.katib.letters.IssuedNumber;
import dev.katib.letters.LetterRecords;
import dev.katib.letters.LetterHistory;
import dev.katib.letters.VersionSource;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.Account;
import dev.katib.support.TestAccounts.TestOrganisation;

class NumberingIntegrationTests extends IntegrationTest {

	@Autowired
	dev.katib.letters.LetterFixtures letterFixtures;

	@Autowired
	LetterHistory history;

	@Autowired
	LetterRecords records;

	@Autowired
	DocumentDates dates;

	@Autowired
	JdbcClient jdbc;

	WorkflowLetters letters;

	TestOrganisation organisation;

	Account writer;

	Instant before;

	@BeforeEach
	void organisation() {
		letters = new WorkflowLetters(letterFixtures, jdbc);
		organisation = accounts.organisation();
		writer = accounts.member(organisation, Role.WRITER);
		before = clock.instant();
	}

	@AfterEach
	void restoreClock() {
		clock.set(before);
	}

	@Test
	void fiftyApprovalsRacingInOneOrganisationReceiveFiftyConsecutiveNumbers() throws Exception {
		List<UUID> waiting = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			waiting.add(letters.in(writer, LetterStatus.IN_REVIEW));
		}
		String bearer = accounts.bearer(accounts.member(organisation, Role.REVIEWER));
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		try (var threads = Executors.newFixedThreadPool(50)) {
			for (UUID letter : waiting) {
				Callable<Integer> approve = () -> {
					start.await();
					return client().post()
						.uri("/api/v1/letters/{id}/approve", letter)
						.header("Authorization", bearer)
						.exchange()
						.returnResult()
						.getStatus()
						.value();
				};
				answers.add(threads.submit(approve));
			}
			start.countDown();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(200);
			}
		}

		int year = dates.hijri(LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Riyadh"))).year();
		List<String> numbers = waiting.stream()
			.map(letter -> records.number(organisation.tenantId(), letter).orElseThrow().number())
			.sorted()
			.toList();
		assertThat(numbers).containsExactlyElementsOf(
				LongStream.rangeClosed(1, 50).mapToObj(n -> "OUT/%d/%06d".formatted(year, n)).toList());
	}

	@Test
	void numbersRestartWithTheHijriYearOfTheOrganisationsDay() {
		// 23:30 in Riyadh on 15 June 2026 is still 1447; half past midnight on 16 June is 1 Muharram 1448,
		// though it is still 15 June in UTC
		UUID lastOf1447 = letters.in(writer, LetterStatus.IN_REVIEW);
		UUID firstOf1448 = letters.in(writer, LetterStatus.IN_REVIEW);
		UUID secondOf1448 = letters.in(writer, LetterStatus.IN_REVIEW);

		clock.set(Instant.parse("2026-06-15T20:30:00Z"));
		approve(lastOf1447);
		clock.set(Instant.parse("2026-06-15T21:30:00Z"));
		approve(firstOf1448);
		approve(secondOf1448);

		assertThat(records.number(organisation.tenantId(), lastOf1447))
			.contains(new IssuedNumber("OUT/1447/000001", LocalDate.of(2026, 6, 15)));
		assertThat(records.number(organisation.tenantId(), firstOf1448))
			.contains(new IssuedNumber("OUT/1448/000001", LocalDate.of(2026, 6, 16)));
		assertThat(records.number(organisation.tenantId(), secondOf1448))
			.contains(new IssuedNumber("OUT/1448/000002", LocalDate.of(2026, 6, 16)));
	}

	@Test
	void numbersAtSigningInTheOrganisationsFormatWhenSoSet() {
		client().put()
			.uri("/api/v1/letter-settings")
			.header("Authorization", accounts.bearer(organisation.owner()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("reviewOptionalFor", List.of(), "writersApproveOwn", false, "numberingAt", "SIGNING",
					"numberPrefix", "صادر", "numberCalendar", "GREGORIAN", "numberWidth", 3, "signRequiresPassword",
					false))
			.exchange()
			.expectStatus()
			.isOk();
		clock.set(Instant.parse("2026-12-01T10:00:00Z"));
		UUID letter = letters.in(writer, LetterStatus.IN_REVIEW);

		approve(letter);
		assertThat(records.number(organisation.tenantId(), letter)).isEmpty();
		transition(letter, "sign");

		assertThat(records.number(organisation.tenantId(), letter))
			.contains(new IssuedNumber("صادر/2026/001", LocalDate.of(2026, 12, 1)));
	}

	@Test
	void neverReusesTheNumberOfACancelledLetter() {
		UUID cancelled = letters.in(writer, LetterStatus.IN_REVIEW);
		UUID next = letters.in(writer, LetterStatus.IN_REVIEW);

		approve(cancelled);
		transition(cancelled, "cancel");
		approve(next);

		assertThat(letters.status(cancelled)).isEqualTo("CANCELLED");
		assertThat(records.number(organisation.tenantId(), cancelled)).map(IssuedNumber::number)
			.hasValueSatisfying(number -> assertThat(number).endsWith("/000001"));
		assertThat(records.number(organisation.tenantId(), next)).map(IssuedNumber::number)
			.hasValueSatisfying(number -> assertThat(number).endsWith("/000002"));
	}

	@Test
	void freezesTheContentOfAnApprovedLetter() {
		UUID letter = letters.in(writer, LetterStatus.IN_REVIEW);
		approve(letter);

		assertThatThrownBy(() -> letterFixtures.edited(writer.tenantId(), letter, writer.memberId(),
				WorkflowLetters.DRAFTED)).hasMessageContaining("APPROVED");
		assertThatThrownBy(() -> jdbc.sql("""
				INSERT INTO letters_letter_version (id, tenant_id, letter_id, number, content, author_id, source, created_at)
				SELECT gen_random_uuid(), tenant_id, letter_id, 2, content, author_id, 'EDITED_BY_HAND', now()
				FROM letters_letter_version WHERE letter_id = ?""").param(letter).update())
			.hasMessageContaining("frozen");
		assertThat(history.versions(writer.tenantId(), letter)).hasSize(1);
	}

	private void approve(UUID letter) {
		transition(letter, "approve");
	}

	private void transition(UUID letter, String action) {
		transition(letter, action, 200);
	}

	private void transition(UUID letter, String action, int expected) {
		client().post()
			.uri("/api/v1/letters/{id}/{action}", letter, action)
			.header("Authorization", accounts.bearer(organisation.owner()))
			.exchange()
			.expectStatus()
			.isEqualTo(expected);
	}
}
