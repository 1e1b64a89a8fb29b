package dev.katib.knowledge.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.knowledge.Language;
import dev.katib.knowledge.KnowledgeAdministration;
import dev.katib.knowledge.web.KnowledgeJson.CategoryRequest;
import dev.katib.knowledge.web.KnowledgeJson.CategoryView;
import dev.katib.knowledge.web.KnowledgeJson.IntroductionRequest;
import dev.katib.knowledge.web.KnowledgeJson.IntroductionView;
import dev.katib.knowledge.web.KnowledgeJson.ReferenceLetterRequest;
import dev.katib.knowledge.web.KnowledgeJson.ReferenceLetterView;
import dev.katib.knowledge.web.KnowledgeJson.StyleRuleRequest;
import dev.katib.knowledge.web.KnowledgeJson.StyleRuleView;

/**
 * The organisation's categories, style rules, reference letters and introduction over the API. Everyone who
 * reads letters lists the categories; owners and administrators change them and see the rest.
 */
@RestController
@RequestMapping("/api/v1/knowledge")
class KnowledgeApi {

	private static final String BASE = "/api/v1/knowledge";

	private final KnowledgeAdministration knowledge;

	KnowledgeApi(KnowledgeAdministration knowledge) {
		this.knowledge = knowledge;
	}

	@Operation(summary = "List the categories of letters")
	@GetMapping("/categories")
	List<CategoryView> categories() {
		return knowledge.categories().stream().map(CategoryView::of).toList();
	}

	@Operation(summary = "Add a category of letters")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/categories")
	ResponseEntity<CategoryView> addCategory(@RequestBody CategoryRequest request) {
		CategoryView added = CategoryView.of(knowledge.addCategory(request.withKey(knowledge).definition(null)));
		return ResponseEntity.created(URI.create(BASE + "/categories/" + added.key())).body(added);
	}

	@Operation(summary = "Change a category of letters")
	@PutMapping("/categories/{key}")
	CategoryView updateCategory(@PathVariable String key, @RequestBody CategoryRequest request) {
		return CategoryView.of(knowledge.updateCategory(key, request.definition(key), request.version()));
	}

	@Operation(summary = "Remove a category of letters")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/categories/{key}")
	ResponseEntity<Void> removeCategory(@PathVariable String key) {
		knowledge.removeCategory(key);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "List the style rules")
	@GetMapping("/style-rules")
	List<StyleRuleView> styleRules(@RequestParam(required = false) @Nullable String category) {
		return knowledge.styleRules(blankToNull(category)).stream().map(StyleRuleView::of).toList();
	}

	@Operation(summary = "Add a style rule")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/style-rules")
	ResponseEntity<StyleRuleView> addStyleRule(@RequestBody StyleRuleRequest request) {
		StyleRuleView added = StyleRuleView.of(knowledge.addStyleRule(request.rule()));
		return ResponseEntity.created(URI.create(BASE + "/style-rules/" + added.id())).body(added);
	}

	@Operation(summary = "Change a style rule")
	@PutMapping("/style-rules/{id}")
	StyleRuleView updateStyleRule(@PathVariable UUID id, @RequestBody StyleRuleRequest request) {
		return StyleRuleView.of(knowledge.updateStyleRule(id, request.rule()));
	}

	@Operation(summary = "Remove a style rule")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/style-rules/{id}")
	ResponseEntity<Void> removeStyleRule(@PathVariable UUID id) {
		knowledge.removeStyleRule(id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "List the reference letters")
	@GetMapping("/reference-letters")
	List<ReferenceLetterView> referenceLetters(@RequestParam(required = false) @Nullable String category) {
		return knowledge.referenceLetters(blankToNull(category)).stream().map(ReferenceLetterView::of).toList();
	}

	@Operation(summary = "Add a reference letter")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/reference-letters")
	ResponseEntity<ReferenceLetterView> addReferenceLetter(@RequestBody ReferenceLetterRequest request) {
		ReferenceLetterView added = ReferenceLetterView.of(knowledge.addReferenceLetter(request.letter()));
		return ResponseEntity.created(URI.create(BASE + "/reference-letters/" + added.id())).body(added);
	}

	@Operation(summary = "Change a reference letter")
	@PutMapping("/reference-letters/{id}")
	ReferenceLetterView updateReferenceLetter(@PathVariable UUID id, @RequestBody ReferenceLetterRequest request) {
		return ReferenceLetterView.of(knowledge.updateReferenceLetter(id, request.letter()));
	}

	@Operation(summary = "Remove a reference letter")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/reference-letters/{id}")
	ResponseEntity<Void> removeReferenceLetter(@PathVariable UUID id) {
		knowledge.removeReferenceLetter(id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Show the introduction in one language")
	@GetMapping("/introduction/{language}")
	IntroductionView introduction(@PathVariable String language) {
		Language lang = KnowledgeJson.language(language);
		return new IntroductionView(lang.code(), knowledge.introduction(lang).orElse(null));
	}

	/** Sets the introduction; a blank or missing text removes it. */
	@Operation(summary = "Set the introduction in one language")
	@PutMapping("/introduction/{language}")
	IntroductionView setIntroduction(@PathVariable String language, @RequestBody IntroductionRequest request) {
		Language lang = KnowledgeJson.language(language);
		return new IntroductionView(lang.code(), knowledge.setIntroduction(lang, request.text()).orElse(null));
	}

	@Operation(summary = "Remove the introduction in one language")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/introduction/{language}")
	ResponseEntity<Void> removeIntroduction(@PathVariable String language) {
		knowledge.setIntroduction(KnowledgeJson.language(language), null);
		return ResponseEntity.noContent().build();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
