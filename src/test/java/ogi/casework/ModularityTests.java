package ogi.casework;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
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
import org.springframework.transaction.annotation.Transactional;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import ogi.casework.shared.ReadsOnly;

/**
 * The module structure holds: no cycles, no reaching into another module's internals, Flowable only behind the case
 * module's process port, one writer of a case's status, reads without a transaction of their own, and lifecycle steps
 * small enough to read.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(CaseworkApplication.class);

	/** The application's classes, imported once for the rules below. */
	static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("ogi.casework");

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void onlyCaseworkUsesFlowable() {
		noClasses().that().resideOutsideOfPackage("ogi.casework.casework.process..")
				.should().dependOnClassesThat().resideInAPackage("org.flowable..")
				.because("the process engine stays behind the case module's process port (conventions §2)")
				.check(classes);
	}

	@Test
	void onlyTheWorklistProjectionWritesACasesStatus() {
		noClasses().that().doNotHaveSimpleName("WorkItemProjection")
				.should().callMethod("ogi.casework.casework.CaseFiles", "updateStatus", "java.lang.String",
						"java.lang.String", "ogi.casework.shared.CaseStatus")
				.because("a case's status is derived from its open steps by one table (Step.statusOf), never set by hand")
				.check(classes);
	}

	@Test
	void aReadIsDeclaredReadsOnlyNotAsAReadOnlyTransaction() {
		var readOnlyTransaction = new DescribedPredicate<JavaAnnotation<?>>("@Transactional(readOnly = true)") {
			@Override
			public boolean test(JavaAnnotation<?> annotation) {
				return annotation.getRawType().isEquivalentTo(Transactional.class)
						&& Boolean.TRUE.equals(annotation.get("readOnly").orElse(false));
			}
		};

		// a read-only transaction costs MySQL five round trips and gives reads at READ COMMITTED nothing (ReadsOnly)
		noMethods().should().beAnnotatedWith(readOnlyTransaction).check(classes);
		noClasses().that().doNotHaveFullyQualifiedName(ReadsOnly.class.getName()).should()
			.beAnnotatedWith(readOnlyTransaction).check(classes);
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
