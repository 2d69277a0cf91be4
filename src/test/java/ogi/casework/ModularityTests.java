package ogi.casework;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The module structure holds: no cycles, no reaching into another module's internals, Flowable only in casework. */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(CaseworkApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void onlyCaseworkUsesFlowable() {
		var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("ogi.casework");

		noClasses().that().resideOutsideOfPackage("ogi.casework.casework..")
				.should().dependOnClassesThat().resideInAPackage("org.flowable..")
				.because("the process engine stays behind the casework module (conventions §2)")
				.check(classes);
	}

	@Test
	void writesModuleDiagrams() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
