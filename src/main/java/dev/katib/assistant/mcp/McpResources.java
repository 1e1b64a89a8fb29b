package dev.katib.assistant.mcp;

import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.archive.Archive;
import dev.katib.archive.FileContent;
import dev.katib.letters.Letters;
import dev.katib.platform.KatibException;

/**
 * The organisation's letters and archived documents as MCP resources, read as the request's caller: a letter as
 * the JSON the API gives (its current version included), a document as its stored bytes. Another organisation's
 * letter or document is not found.
 */
final class McpResources {

	static final String LETTERS = "katib://letters/";
	static final String DOCUMENTS = "katib://archive/";

	private final Letters letters;
	private final Archive archive;
	private final JsonMapper json;

	McpResources(Letters letters, Archive archive, JsonMapper json) {
		this.letters = letters;
		this.archive = archive;
		this.json = json;
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

	private static SyncResourceTemplateSpecification template(String uriTemplate, String name, String title,
			String description, String mimeType, BiFunction<Caller, String, McpSchema.ResourceContents> read) {
		var template = McpSchema.ResourceTemplate.builder()
			.uriTemplate(uriTemplate)
			.name(name)
			.title(title)
			.description(description)
			.mimeType(mimeType)
			.build();
		return new SyncResourceTemplateSpecification(template,
				(exchange, request) -> read(exchange.transportContext(), request.uri(), read));
	}

	private static ReadResourceResult read(McpTransportContext context, String uri,
			BiFunction<Caller, String, McpSchema.ResourceContents> read) {
		Caller caller = McpCallers.of(context)
			.orElseThrow(() -> McpError.builder(McpSchema.ErrorCodes.INVALID_REQUEST).message("Not signed in").build());
		try {
			return new ReadResourceResult(List.of(read.apply(caller, uri)));
		}
		catch (KatibException refused) {
			int code = refused.type().status().value() == 404 ? McpSchema.ErrorCodes.RESOURCE_NOT_FOUND
					: McpSchema.ErrorCodes.INVALID_PARAMS;
			throw McpError.builder(code).message(refused.getMessage()).data(refused.type().uri().toString()).build();
		}
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
