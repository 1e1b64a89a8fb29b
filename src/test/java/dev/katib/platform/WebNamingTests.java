package dev.katib.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;

/**
 * One naming scheme for web classes: a JSON API is a {@code @RestController} named {@code …Api}, pages for people
 * are {@code @Pages} named {@code …Pages}, so that what pages need is never computed for an API request.
 */
class WebNamingTests {

	private static final JavaClasses KATIB = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.katib");

	@Test
	void restControllersAreApis() {
		classes().that().areAnnotatedWith(RestController.class).should().haveSimpleNameEndingWith("Api").check(KATIB);
	}

	@Test
	void everyControllerIsAnApiOrPages() {
		classes().that()
			.areMetaAnnotatedWith(Controller.class)
			.and()
			.areNotAnnotatedWith(ControllerAdvice.class)
			.and()
			.areNotAnnotations()
			.should()
			.beAnnotatedWith(RestController.class)
			.orShould()
			.beAnnotatedWith(Pages.class)
			.check(KATIB);
	}

	@Test
	void controllersOfPagesArePages() {
		classes().that()
			.areAnnotatedWith(Pages.class)
			.and()
			.areNotAssignableTo(ErrorController.class)
			.should()
			.haveSimpleNameEndingWith("Pages")
			.orShould()
			.haveSimpleNameEndingWith("Page")
			.check(KATIB);
	}
}
