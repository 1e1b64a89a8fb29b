package dev.katib.letters;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Arrays;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class DraftingCoreArchitectureTests {

	private static final String[] DRAFTING_CORE = { "dev.katib.letters.content..", "dev.katib.letters.addressing..",
			"dev.katib.letters.drafting..", "dev.katib.letters.validation..", "dev.katib.letters.prompt..",
			"dev.katib.letters.composing.." };

	/** The writing knowledge's values the drafting core reads, which live with the knowledge. */
	private static final String[] KNOWLEDGE_VALUES = { "CategoryDefinition", "SeedCategories", "ClosingStyle",
			"Language", "Recipient", "Honorific", "Gender", "StyleRule", "ReferenceLetter", "WriterPreference",
			"DraftingKnowledge" };

	private static final DescribedPredicate<JavaClass> KNOWLEDGE_VALUE = DescribedPredicate.describe(
			"are the writing knowledge's values",
			type -> type.getPackageName().equals("dev.katib.knowledge")
					&& Arrays.asList(KNOWLEDGE_VALUES).contains(type.getSimpleName().replaceAll("\\$.*", "")));

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.katib.letters", "dev.katib.knowledge");

	@Test
	void theDraftingCoreIsPlainJavaWithoutSpringWebOrPersistence() {
		noClasses().that()
			.resideInAnyPackage(DRAFTING_CORE)
			.or(KNOWLEDGE_VALUE)
			.and()
			.doNotHaveSimpleName("package-info")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "jakarta.servlet..", "java.sql..",
					"javax.sql..")
			.because("the drafting core is the domain everything else of drafting stands on")
			.check(classes);
	}

	@Test
	void theDraftingCoreCallsNoModelAndReadsNoClock() {
		noClasses().that()
			.resideInAnyPackage(DRAFTING_CORE)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.katib.ai..", "java.net..", "java.time..")
			.because("the offline engine and the checks are deterministic functions of their inputs")
			.check(classes);
	}
}
