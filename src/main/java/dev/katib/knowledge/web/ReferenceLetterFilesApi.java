package dev.katib.knowledge.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import dev.katib.knowledge.KnowledgeAdministration;
import dev.katib.knowledge.ReferenceLetter;
import dev.katib.knowledge.web.KnowledgeJson.ReferenceLetterView;
import dev.katib.platform.Inputs;

/** A reference letter taken from a document over the API: added at once with the document's text. */
@RestController
class ReferenceLetterFilesApi {

	private final KnowledgeAdministration knowledge;
	private final ReferenceLetterDocuments documents;

	ReferenceLetterFilesApi(KnowledgeAdministration knowledge, ReferenceLetterDocuments documents) {
		this.knowledge = knowledge;
		this.documents = documents;
	}

	@ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
	@PostMapping(path = "/api/v1/knowledge/reference-letters/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ReferenceLetterView> add(@RequestParam @Nullable String category,
			@RequestParam @Nullable MultipartFile file) {
		knowledge.requireAdministrator();
		String key = Inputs.required(category, "category", 1, 40);
		ReferenceLetterView added = ReferenceLetterView
			.of(knowledge.addReferenceLetter(new ReferenceLetter(key, documents.text(file))));
		return ResponseEntity.created(URI.create("/api/v1/knowledge/reference-letters/" + added.id())).body(added);
	}
}
