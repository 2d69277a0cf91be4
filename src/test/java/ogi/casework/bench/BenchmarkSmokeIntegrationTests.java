package ogi.casework.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;

/**
 * The benchmark at tiny sizes in every build, so that the harness cannot rot: seeding, every measurement with its
 * baseline, two application JVMs for P3 and the embedded start for P5, and both result files. It asserts the
 * harness's own checks (same rows as the baseline, every escalation exactly once), never a speed.
 */
class BenchmarkSmokeIntegrationTests extends BenchmarkRun {

	static final Path RESULTS = Path.of("target", "bench-smoke");

	@Override
	BenchSizes sizes() {
		return BenchSizes.smoke();
	}

	@Override
	Path resultsDirectory() {
		return RESULTS;
	}

	@AfterEach
	void writesBothResultFilesWithEveryFigure() throws Exception {
		String json = Files.readString(RESULTS.resolve("results.json"));
		for (String id : new String[] { "P1", "P2", "P3", "P4", "P5" }) {
			assertThat(json).contains("\"" + id + "\": {");
		}
		for (String key : new String[] { "value", "unit", "baseline", "ratio", "goal", "met" }) {
			assertThat(json.split("\"" + key + "\": ", -1)).hasSize(6);
		}
		assertThat(Files.readString(RESULTS.resolve("results.md"))).contains("| P1 |", "| P5 |", "## P3");
	}
}
