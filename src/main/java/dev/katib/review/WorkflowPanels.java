package dev.katib.review;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.letters.IssuedNumber;
import dev.katib.letters.LetterRecords;
import dev.katib.letters.Signature;
import dev.katib.letters.LetterHistory;
import dev.katib.letters.Letter;
import dev.katib.letters.LetterStatus;
import dev.katib.letters.LetterTransition;
import dev.katib.platform.KatibException;

/**
 * Builds the workflow panel of the letter page for the viewer. The letter page's controller may call
 * {@link #panel(Caller, UUID)} and put the result in its model as {@code workflowPanel}; {@link WorkflowPanelAdvice}
 * already does so for every {@code GET /letters/{id}} page.
 */
@Component
public class WorkflowPanels {

	private final LetterHistory history;
	private final LetterRecords records;
	private final SettingsStore settings;
	private final LetterComments comments;
	private final JdbcClient jdbc;

	WorkflowPanels(LetterHistory history, LetterRecords records, SettingsStore settings, LetterComments comments,
			JdbcClient jdbc) {
		this.history = history;
		this.records = records;
		this.settings = settings;
		this.comments = comments;
		this.jdbc = jdbc;
	}

	/**
	 * The panel of the letter for the caller.
	 *
	 * @throws KatibException not found when the caller's organisation has no such letter
	 */
	@Transactional(readOnly = true)
	public WorkflowPanel panel(Caller caller, UUID letterId) {
		Permission.READ_LETTERS.require(caller);
		Letter letter = history.letter(caller.tenantId(), letterId)
			.orElseThrow(() -> KatibException.notFound("The letter"));
		WorkflowSettings rules = settings.settings(caller.tenantId());
		LetterStatus status = letter.status();
		int version = letter.currentVersion();
		var actions = Arrays.stream(LetterTransition.values())
			.filter(action -> action.possibleFrom(status))
			.filter(action -> version > 0 || !action.needsVersion())
			.filter(action -> WorkflowPolicy.permits(action, caller.userId(), caller.roles(), letter.writerId(), rules))
			.map(LetterTransition::name)
			.toList();
		var number = records.number(caller.tenantId(), letterId);
		var signature = records.signature(caller.tenantId(), letterId);
		var steps = jdbc.sql("""
				SELECT actor_name, from_status, to_status, at, comment FROM review_transition
				WHERE tenant_id = ? AND letter_id = ? ORDER BY at, id""")
			.params(caller.tenantId(), letterId)
			.query((rs, n) -> new WorkflowPanel.Step(rs.getString("actor_name"), rs.getString("from_status"),
					rs.getString("to_status"), rs.getObject("at", OffsetDateTime.class).toInstant(),
					rs.getString("comment")))
			.list();
		var notes = comments.comments(caller, letterId)
			.stream()
			.map(c -> new WorkflowPanel.Note(c.author().name(), c.version(), c.text(), c.createdAt()))
			.toList();
		return new WorkflowPanel(letterId, status.name(), number.map(IssuedNumber::number).orElse(null),
				number.map(IssuedNumber::issuedOn).orElse(null), version, actions, rules.signRequiresPassword(),
				LetterComments.mayComment(caller), signature.map(Signature::name).orElse(null),
				signature.map(Signature::electronic).orElse(false), steps, notes);
	}
}
