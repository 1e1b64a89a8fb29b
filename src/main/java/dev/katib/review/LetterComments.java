package dev.katib.review;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.letters.LetterHistory;
import dev.katib.letters.LetterVersion;
import dev.katib.platform.Ids;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/** Comments members leave on a version of a letter while it is written, reviewed and signed. */
@Service
class LetterComments {

	/** One comment. */
	record Comment(UUID id, int version, Author author, String text, Instant createdAt) {
	}

	/** Who wrote a comment. */
	record Author(UUID id, String name) {
	}

	private final LetterHistory history;
	private final JdbcClient jdbc;
	private final Clock clock;

	LetterComments(LetterHistory history, JdbcClient jdbc, Clock clock) {
		this.history = history;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	Comment add(Caller caller, UUID letterId, int version, String text) {
		if (!mayComment(caller)) {
			throw new KatibException(ProblemType.FORBIDDEN, "Your roles do not allow you to comment on letters.");
		}
		history.letter(caller.tenantId(), letterId).orElseThrow(() -> KatibException.notFound("The letter"));
		String body = text == null ? "" : text.strip();
		if (body.isEmpty() || body.length() > Transitions.MAX_COMMENT) {
			throw new KatibException(ProblemType.VALIDATION_FAILED,
					"A comment has between 1 and " + Transitions.MAX_COMMENT + " characters.", Map.of("field", "text"));
		}
		boolean known = history.versions(caller.tenantId(), letterId)
			.stream()
			.map(LetterVersion::number)
			.anyMatch(number -> number == version);
		if (!known) {
			throw new KatibException(ProblemType.VALIDATION_FAILED, "The letter has no version " + version + ".",
					Map.of("field", "version"));
		}
		var comment = new Comment(Ids.newId(clock), version, new Author(caller.userId(), caller.name()), body,
				clock.instant());
		jdbc.sql("""
				INSERT INTO review_comment (id, tenant_id, letter_id, version_number, author_id, author_name, text, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(comment.id(), caller.tenantId(), letterId, version, caller.userId(), caller.name(), body,
					comment.createdAt().atOffset(ZoneOffset.UTC))
			.update();
		return comment;
	}

	@Transactional(readOnly = true)
	List<Comment> comments(Caller caller, UUID letterId) {
		Permission.READ_LETTERS.require(caller);
		history.letter(caller.tenantId(), letterId).orElseThrow(() -> KatibException.notFound("The letter"));
		return jdbc.sql("""
				SELECT * FROM review_comment WHERE tenant_id = ? AND letter_id = ? ORDER BY created_at, id""")
			.params(caller.tenantId(), letterId)
			.query((rs, n) -> new Comment(rs.getObject("id", UUID.class), rs.getInt("version_number"),
					new Author(rs.getObject("author_id", UUID.class), rs.getString("author_name")), rs.getString("text"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** Those who take part in the workflow comment; viewers only read. */
	static boolean mayComment(Caller caller) {
		return Permission.WRITE_LETTERS.isGrantedTo(caller) || Permission.REVIEW_LETTERS.isGrantedTo(caller)
				|| Permission.SIGN_LETTERS.isGrantedTo(caller);
	}
}
