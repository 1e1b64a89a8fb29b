package dev.katib.assistant.mcp;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.archive.Archive;
import dev.katib.archive.FileContent;
import dev.katib.assistant.ResourceRead;
import dev.katib.letters.Letters;
import dev.katib.platform.AuditRecord;
import dev.katib.platform.Hashes;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * The organisation's letters and archived documents as MCP resources, read as the request's caller: a letter as
 * the JSON the API gives (its current version included), a document as its stored bytes. Another organisation's
 * letter or document is not found. Every read is audited as {@code assistant.resource-read}.
 */
final class McpResources {

	static final String LETTERS = "katib://letters/";
	static final String DOCUMENTS = "katib://archive/";

	private final Letters letters;
	private final Archive archive;
	private final JsonMapper json;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	McpResources(Letters letters, Archive archive, JsonMapper json, ApplicationEventPublisher events, Clock clock) {
		this.letters = letters;
		this.archive = archive;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	List<SyncResourceTemplateSpecification> specifications() {
		return List.of(
				template(LETTERS + "{letterId}", "letter", "خطاب", "A letter of the organisation with its current "
						+ "version, as JSON; letter ids come from the list_letters tool.", "application/json",
						(caller, uri) -> new McpSchema.TextResourceContents(uri, "application/json",
								json.writeValueAsString(letters.letter(caller, id(uri, LETTERS))))),
				template(DOCUMENTS + "{fileId}", "archived-document", "مستند مؤرشف", "A document of the organisation's "
						+ "archive (an issued letter's PDF, an attachment, incoming mail) as its stored bytes; file ids "
						+ "come from the search_archive tool.", null, (caller, uri) -> {
							Permission.READ_LETTERS.require(caller);
							FileContent content = archive.open(caller.tenantId(), id(uri, DOCUMENTS));
							return new McpSchema.BlobResourceContents(uri, content.file().contentType(),
									Base64.getEncoder().encodeToString(content.bytes()));
						}));
	}

	private SyncResourceTemplateSpecification template(String uriTemplate, String name, String title,
			String description, String mimeType, BiFunction<Caller, String, McpSchema.ResourceContents> read) {
		var template = McpSchema.ResourceTemplate.builder()
			.uriTemplate(uriTemplate)
			.name(name)
			.title(title)
			.description(description)
			.mimeType(mimeType)
			.build();
		return new SyncResourceTemplateSpecification(template,
				(exchange, request) -> read(exchange.transportContext(), name, request.uri(), read));
	}

	/** Reads a resource as the request's caller; every read, refused and failed ones included, is audited. */
	private ReadResourceResult read(McpTransportContext context, String resource, String uri,
			BiFunction<Caller, String, McpSchema.ResourceContents> read) {
		Caller caller = McpCallers.of(context)
			.orElseThrow(() -> McpError.builder(McpSchema.ErrorCodes.INVALID_REQUEST).message("Not signed in").build());
		long started = System.nanoTime();
		try {
			McpSchema.ResourceContents contents = read.apply(caller, uri);
			audit(caller, resource, uri, size(contents), started, AuditRecord.Outcome.SUCCESS, null);
			return new ReadResourceResult(List.of(contents));
		}
		catch (KatibException refused) {
			audit(caller, resource, uri, 0, started, refused.type().equals(ProblemType.FORBIDDEN)
					? AuditRecord.Outcome.DENIED : AuditRecord.Outcome.FAILURE, refused.type().slug());
			int code = refused.type().status().value() == 404 ? McpSchema.ErrorCodes.RESOURCE_NOT_FOUND
					: McpSchema.ErrorCodes.INVALID_PARAMS;
			throw McpError.builder(code).message(refused.getMessage()).data(refused.type().uri().toString()).build();
		}
		catch (RuntimeException failed) {
			audit(caller, resource, uri, 0, started, AuditRecord.Outcome.FAILURE, ProblemType.INTERNAL_ERROR.slug());
			throw failed;
		}
	}

	private void audit(Caller caller, String resource, String uri, long bytes, long started,
			AuditRecord.Outcome outcome, @Nullable String problem) {
		events.publishEvent(new ResourceRead(caller.tenantId(), caller.userId(), caller.name(), resource,
				Hashes.sha256Hex(uri), bytes, Duration.ofNanos(System.nanoTime() - started), outcome, problem,
				caller.sourceAddress(), clock.instant()));
	}

	/** The content's size: a text's UTF-8 bytes, a document's stored bytes. */
	private static long size(McpSchema.ResourceContents contents) {
		return switch (contents) {
			case McpSchema.TextResourceContents text -> text.text().getBytes(StandardCharsets.UTF_8).length;
			case McpSchema.BlobResourceContents blob -> Base64.getDecoder().decode(blob.blob()).length;
			default -> 0;
		};
	}

	private static UUID id(String uri, String prefix) {
		try {
			return UUID.fromString(uri.substring(prefix.length()));
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException notAnId) {
			throw KatibException.notFound("The resource");
		}
	}
}
