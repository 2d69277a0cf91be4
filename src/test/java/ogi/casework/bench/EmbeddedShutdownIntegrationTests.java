package ogi.casework.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded run (the README's first command, the packaged jar on its H2 file database) stopped as a terminal or
 * an orchestrator stops it, with SIGTERM, right after it became healthy — while its start-up work and the engine's job
 * executor are still busy. The engine must shut down on a database that is still open, handing back the jobs it holds,
 * and the next start must find everything. H2 closes a file database in a JVM shutdown hook of its own unless the URL
 * says otherwise; that hook raced Spring's, and the engine's shutdown then failed for want of a connection.
 */
class EmbeddedShutdownIntegrationTests {

	static final Path WORK = Path.of("target", "embedded-shutdown");

	@Test
	void stoppedRightAfterItStartedItShutsDownOnAnOpenDatabaseAndStartsAgain() throws Exception {
		FileSystemUtils.deleteRecursively(WORK);
		try (var node = AppNode.start("first", WORK, WORK, AppNode.DOCUMENTED_JVM_FLAGS, Map.of(), Map.of())) {
			node.awaitHealthy(Duration.ofMinutes(3));
		}
		String first = Files.readString(WORK.resolve("first.log"));
		assertThat(first).as("the first run's log, %s", WORK.resolve("first.log"))
			.contains("Commencing graceful shutdown", "HikariPool-1 - Shutdown completed")
			.doesNotContain("destroy method failed")
			.doesNotContain("Could not open JDBC Connection");

		try (var node = AppNode.start("second", WORK, WORK, AppNode.DOCUMENTED_JVM_FLAGS, Map.of(), Map.of())) {
			node.awaitHealthy(Duration.ofMinutes(3));
		}
		assertThat(Files.readString(WORK.resolve("second.log"))).as("the second run's log")
			.contains("Schema \"PUBLIC\" is up to date")
			.doesNotContain("destroy method failed");
	}
}
