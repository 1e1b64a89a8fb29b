package dev.katib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private static final ImportOption TESTS = location -> true;

	private final ApplicationModules modules = ApplicationModules.of(KatibApplication.class);

	@Test
	void everyModuleKeepsToItsAllowedDependenciesWithoutCycles() {
		modules.verify();
	}

	@Test
	void hasTheModulesOfTheArchitecture() {
		assertThat(modules.stream().map(m -> m.getIdentifier().toString())).containsExactlyInAnyOrder("platform",
				"accounts", "usage", "ai", "letters", "knowledge", "review", "paper", "documents", "archive", "connectors", "automation", "delivery", "webhooks",
				"assistant", "audit");
	}

	@Test
	void refusesACycleBetweenModules() {
		assertThatThrownBy(() -> ApplicationModules.of("fixtures.modularity.cycle", TESTS).verify())
			.hasMessageContaining("Cycle");
	}

	@Test
	void refusesAccessToAnotherModulesInternals() {
		assertThatThrownBy(() -> ApplicationModules.of("fixtures.modularity.internals", TESTS).verify())
			.hasMessageContaining("non-exposed type");
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}
}
