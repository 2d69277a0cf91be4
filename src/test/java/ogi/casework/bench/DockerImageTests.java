package ogi.casework.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The image is deployed with the flags the benchmark measures, and its class data archive is usable: the JVM accepts
 * an archive only when a start names the jar by the same path text as the training run that wrote it and runs with
 * the same heap and collector flags.
 */
class DockerImageTests {

	private static final String FLAGS = String.join(" ", AppNode.DOCUMENTED_JVM_FLAGS);

	@Test
	void theImageAndComposeRunTheMeasuredFlags() throws IOException {
		assertThat(Files.readString(Path.of("docker/Dockerfile")))
				.contains("ENV JAVA_TOOL_OPTIONS=\"" + FLAGS + "\"");
		assertThat(Files.readString(Path.of("docker/compose.yaml"))).contains("JAVA_TOOL_OPTIONS: " + FLAGS + "\n");
		assertThat(Files.readString(Path.of("docker/README.md")).replace("\n", " ")).contains("`" + FLAGS + "`");
	}

	@Test
	void theTrainingRunAndTheEntryPointNameTheSameJarAndArchive() throws IOException {
		String dockerfile = Files.readString(Path.of("docker/Dockerfile"));
		Matcher training = Pattern.compile("-XX:ArchiveClassesAtExit=(\\S+) .*?-jar (\\S+)", Pattern.DOTALL)
				.matcher(dockerfile);
		Matcher entry = Pattern.compile("ENTRYPOINT \\[\"java\", \"-XX:SharedArchiveFile=([^\"]+)\", \"-jar\", \"([^\"]+)\"\\]")
				.matcher(dockerfile);
		assertThat(training.find()).as("training run in the Dockerfile").isTrue();
		assertThat(entry.find()).as("ENTRYPOINT with the archive").isTrue();
		assertThat(training.group(1)).isEqualTo(entry.group(1)).startsWith("/");
		assertThat(training.group(2)).isEqualTo(entry.group(2)).startsWith("/");
	}

}
