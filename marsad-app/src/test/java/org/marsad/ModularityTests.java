package org.marsad;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Verifies the module boundaries: modules reach each other only through their API
 * packages, and there are no cycles. The text engine ({@code org.marsad.text}, the
 * {@code marsad-text} library) is a dependency of every module, not a module itself.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(MarsadApplication.class,
			JavaClass.Predicates.resideInAPackage("org.marsad.text.."));

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
