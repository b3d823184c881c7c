package org.marsad;

import archfixtures.PublicController;
import archfixtures.ReportManager;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * House rules that Spring Modulith does not check. Each rule is also run against a class
 * that breaks it, so that a rule that cannot fail is noticed.
 * <ul>
 * <li>controllers are package-private: they are wiring, not API</li>
 * <li>names come from the domain: no {@code Util}, {@code Manager}, {@code Impl} or
 * {@code Helper}</li>
 * </ul>
 */
class ArchitectureTests {

	static final ArchRule CONTROLLERS_ARE_PACKAGE_PRIVATE = classes().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(RestController.class)
		.should()
		.notBePublic()
		.because("controllers are thin wiring, not a module's API");

	static final ArchRule NAMES_COME_FROM_THE_DOMAIN = noClasses().should()
		.haveSimpleNameEndingWith("Util")
		.orShould()
		.haveSimpleNameEndingWith("Utils")
		.orShould()
		.haveSimpleNameEndingWith("Manager")
		.orShould()
		.haveSimpleNameEndingWith("Impl")
		.orShould()
		.haveSimpleNameEndingWith("Helper")
		.because("names come from the domain");

	private final JavaClasses application = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.marsad");

	@Test
	void controllersArePackagePrivate() {
		CONTROLLERS_ARE_PACKAGE_PRIVATE.check(this.application);
	}

	@Test
	void publicControllerBreaksTheControllerRule() {
		JavaClasses fixture = new ClassFileImporter().importClasses(PublicController.class);
		assertThat(CONTROLLERS_ARE_PACKAGE_PRIVATE.evaluate(fixture).hasViolation()).isTrue();
	}

	@Test
	void namesComeFromTheDomain() {
		NAMES_COME_FROM_THE_DOMAIN.check(this.application);
	}

	@Test
	void managerClassBreaksTheNamingRule() {
		JavaClasses fixture = new ClassFileImporter().importClasses(ReportManager.class);
		assertThat(NAMES_COME_FROM_THE_DOMAIN.evaluate(fixture).hasViolation()).isTrue();
	}

}
