package dev.katib.accounts.setup;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.katib.accounts.AccountEvent.Actor;
import dev.katib.accounts.members.Enrolment;
import dev.katib.accounts.members.Member;
import dev.katib.platform.KatibException;

/**
 * Creates the first organisation and its owner, once: concurrent attempts are serialised by a
 * database lock, and only the first finds Katib still waiting.
 */
@Service
class FirstRunSetup {

	private final FirstRun firstRun;
	private final Enrolment enrolment;
	private final JdbcClient jdbc;

	FirstRunSetup(FirstRun firstRun, Enrolment enrolment, JdbcClient jdbc) {
		this.firstRun = firstRun;
		this.enrolment = enrolment;
		this.jdbc = jdbc;
	}

	@Transactional
	Member setUp(Enrolment.NewOrganisation request, Actor actor) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('accounts_first_run'))").query().singleRow();
		if (!firstRun.pending()) {
			throw KatibException.notFound("The setup page");
		}
		Member owner = enrolment.enrol(request, actor);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				firstRun.completed();
			}
		});
		return owner;
	}
}
