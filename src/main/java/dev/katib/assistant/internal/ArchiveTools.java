package dev.katib.assistant.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.katib.accounts.Permission;
import dev.katib.assistant.internal.AssistantTool.Effect;
import dev.katib.archive.Archive;
import dev.katib.archive.FileKind;
import dev.katib.archive.SearchQuery;
import dev.katib.archive.SearchResults;

/** The tool over the archive: searching its documents' text. */
@Component
@Order(5)
class ArchiveTools implements ToolGroup {

	record Search(
			@JsonPropertyDescription("Words to look for, matched whatever their Arabic spelling and as prefixes; null lists the newest documents") @Nullable @Size(max = 200) String words,
			@JsonPropertyDescription("Earliest document date, like 2026-01-31, or null") @Nullable LocalDate from,
			@JsonPropertyDescription("Latest document date, or null") @Nullable LocalDate to,
			@JsonPropertyDescription("Only documents of this kind, or null for all") @Nullable FileKind kind,
			@JsonPropertyDescription("The page, from 0") @Min(0) @Max(10_000) int page,
			@JsonPropertyDescription("Documents per page, 1 to 50") @Min(1) @Max(50) int size) {
	}

	/** A document found, with a passage of its text; the words found are within «». */
	record Found(UUID fileId, String kind, String filename, @Nullable String title, LocalDate documentDate,
			Map<String, String> attributes, String passage) {

		static Found of(SearchResults.Hit hit) {
			var file = hit.file();
			String passage = hit.snippet().stream()
				.map(part -> part.match() ? "«" + part.text() + "»" : part.text())
				.collect(Collectors.joining());
			return new Found(file.id(), file.kind().name(), file.filename(), file.title(), file.documentDate(),
					file.attributes(), passage);
		}
	}

	record Documents(List<Found> documents, long total, int page, int size) {
	}

	private final Archive archive;

	ArchiveTools(Archive archive) {
		this.archive = archive;
	}

	@Override
	public List<AssistantTool<?>> tools() {
		return List.of(new AssistantTool<>("search_archive", "Searches the text of the organisation's archived "
				+ "documents (issued letters, attachments, incoming mail), best matches first.", "البحث في الأرشيف",
				Search.class, Permission.READ_LETTERS, Effect.READS, (caller, args) -> {
					SearchResults results = archive.search(caller.tenantId(), new SearchQuery(args.words(), args.from(),
							args.to(), args.kind(), Map.of(), args.page(), args.size()));
					return new Documents(results.hits().stream().map(Found::of).toList(), results.total(),
							results.page(), results.size());
				}));
	}
}
