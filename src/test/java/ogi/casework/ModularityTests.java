package ogi.casework;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The module structure holds: no cycles, no reaching into another module's internals, Flowable only behind the case
 * module's process port, one writer of a case's status, and lifecycle steps small enough to read.
 */
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

		noClasses().that().resideOutsideOfPackage("ogi.casework.casework.process..")
				.should().dependOnClassesThat().resideInAPackage("org.flowable..")
				.because("the process engine stays behind the case module's process port (conventions §2)")
				.check(classes);
	}

	@Test
	void onlyTheWorklistProjectionWritesACasesStatus() {
		var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("ogi.casework");

		noClasses().that().doNotHaveSimpleName("WorkItemProjection")
				.should().callMethod("ogi.casework.casework.CaseFiles", "updateStatus", "java.lang.String",
						"java.lang.String", "ogi.casework.shared.CaseStatus")
				.because("a case's status is derived from its open steps by one table (Step.statusOf), never set by hand")
				.check(classes);
	}

	@Test
	void noClassOfTheCaseModuleIsLongerThanAboutThreeHundredLines() throws IOException {
		Map<String, Long> lines;
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/ogi/casework/casework"))) {
			lines = files.filter(file -> file.toString().endsWith(".java")).collect(Collectors.toMap(
					file -> file.getFileName().toString(), ModularityTests::lineCount));
		}

		assertThat(lines).isNotEmpty().allSatisfy((file, count) -> assertThat(count)
				.as("%s: one class per lifecycle step, and a step that holds several is split", file)
				.isLessThanOrEqualTo(320));
	}

	private static long lineCount(Path file) {
		try (var lines = Files.lines(file)) {
			return lines.count();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void writesModuleDiagrams() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
