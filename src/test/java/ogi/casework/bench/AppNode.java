package ogi.casework.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/ogi-casework-*.jar}) running in a JVM of its own, as production runs it:
 * started with {@link ProcessBuilder}, asked for {@code /actuator/health}, measured through {@code /proc}, stopped
 * or killed with {@code kill -9}. Its console goes to {@code <name>.log} in the log directory.
 */
final class AppNode implements AutoCloseable {

	/**
	 * The JVM flags the README documents for a small node: a fixed 256 MB heap, the serial collector (no GC threads
	 * to feed on two cores), bounded metaspace, code cache and thread stacks, and C1 only (no C2 compiler thread
	 * competing with requests and database for two cores: a faster start, less memory, no slower under load).
	 */
	static final List<String> DOCUMENTED_JVM_FLAGS = List.of("-Xms256m", "-Xmx256m", "-XX:+UseSerialGC",
			"-XX:MaxMetaspaceSize=192m", "-XX:ReservedCodeCacheSize=64m", "-Xss512k", "-XX:TieredStopAtLevel=1");

	private final String name;

	private final int port;

	private final Process process;

	private final Path log;

	private final long startedAt;

	private AppNode(String name, int port, Process process, Path log, long startedAt) {
		this.name = name;
		this.port = port;
		this.process = process;
		this.log = log;
		this.startedAt = startedAt;
	}

	/** The packaged jar: {@code -Dbench.jar} (set by the build), else the one in {@code target/}. */
	static Path jar() {
		String configured = System.getProperty("bench.jar");
		if (configured != null && Files.isRegularFile(Path.of(configured))) {
			return Path.of(configured);
		}
		File[] jars = new File("target").listFiles((dir, file) -> file.startsWith("ogi-casework-")
				&& file.endsWith(".jar") && !file.endsWith("-plain.jar") && !file.endsWith(".original"));
		if (jars == null || jars.length == 0) {
			throw new IllegalStateException("No packaged application in target/: run the package phase first");
		}
		return jars[0].toPath();
	}

	/**
	 * Starts a node: {@code settings} become {@code --name=value} arguments, {@code environment} its environment
	 * variables; {@code workDir} is its working directory (the embedded database lives under it).
	 */
	static AppNode start(String name, Path workDir, Path logDir, List<String> jvmFlags, Map<String, String> settings,
			Map<String, String> environment) throws IOException {
		return start(name, workDir, logDir, jar(), jvmFlags, settings, environment);
	}

	/** The same, running {@code application} (e.g. the jar {@link #extractWithClassData} extracted). */
	static AppNode start(String name, Path workDir, Path logDir, Path application, List<String> jvmFlags,
			Map<String, String> settings, Map<String, String> environment) throws IOException {
		int port = freePort();
		Files.createDirectories(workDir);
		Files.createDirectories(logDir);
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmFlags);
		command.add("-Duser.timezone=" + java.util.TimeZone.getDefault().getID());
		command.add("-jar");
		command.add(application.toAbsolutePath().toString());
		command.add("--server.port=" + port);
		Map<String, String> all = new LinkedHashMap<>(settings);
		all.forEach((key, value) -> command.add("--" + key + "=" + value));
		Path log = logDir.resolve(name + ".log");
		var builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
				.redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		long startedAt = System.nanoTime();
		Process process = builder.start();
		// never leave a node running when the test JVM goes away, however it ends
		Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
		return new AppNode(name, port, process, log, startedAt);
	}

	/**
	 * What the Dockerfile does at build time for a faster start (Spring Boot's class data sharing): extracts the jar
	 * into {@code directory} and runs it once until its context has refreshed, on a throw-away in-memory database,
	 * writing the classes it loaded to {@code application.jsa}. Start the extracted jar with
	 * {@code -XX:SharedArchiveFile=<that file>}.
	 *
	 * @return the extracted jar; its archive is {@code application.jsa} beside it
	 */
	static Path extractWithClassData(Path directory, Path logDir) throws IOException, InterruptedException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		org.springframework.util.FileSystemUtils.deleteRecursively(directory);
		Files.createDirectories(logDir);
		run(logDir.resolve("cds-extract.log"), java.toString(), "-Djarmode=tools", "-jar",
				jar().toAbsolutePath().toString(), "extract", "--destination", directory.toAbsolutePath().toString());
		Path extracted = directory.resolve(jar().getFileName());
		List<String> training = new ArrayList<>();
		training.add(java.toString());
		training.addAll(DOCUMENTED_JVM_FLAGS);
		training.add("-XX:ArchiveClassesAtExit=" + directory.resolve("application.jsa").toAbsolutePath());
		training.add("-Dspring.context.exit=onRefresh");
		training.add("-jar");
		training.add(extracted.toAbsolutePath().toString());
		training.add("--spring.datasource.url=jdbc:h2:mem:training");
		training.add("--server.port=0");
		run(logDir.resolve("cds-training.log"), training.toArray(String[]::new));
		if (!Files.isRegularFile(directory.resolve("application.jsa"))) {
			throw new IllegalStateException("No class data archive written; see " + logDir.resolve("cds-training.log"));
		}
		return extracted;
	}

	private static void run(Path log, String... command) throws IOException, InterruptedException {
		var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException(String.join(" ", command) + " did not finish; see " + log);
		}
	}

	String name() {
		return name;
	}

	String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	long pid() {
		return process.pid();
	}

	boolean alive() {
		return process.isAlive();
	}

	Path log() {
		return log;
	}

	/** Waits until {@code /actuator/health} answers UP; returns the time from the JVM's start in seconds. */
	double awaitHealthy(Duration timeout) throws InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
			}
			try {
				var response = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
						.timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
					return (System.nanoTime() - startedAt) / 1e9;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException(name + " was not healthy within " + timeout + "; see " + log);
	}

	/** The resident set size of the node's JVM in MB, from {@code /proc/<pid>/status} (VmRSS). */
	double rssMegabytes() throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
			}
		}
		throw new IllegalStateException("No VmRSS for " + pid());
	}

	/** {@code kill -9}: the JVM gets no chance to finish anything. */
	void kill9() throws IOException, InterruptedException {
		new ProcessBuilder("kill", "-9", String.valueOf(pid())).inheritIO().start().waitFor();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	/** A thread dump of the node ({@code jcmd <pid> Thread.print}), for finding where time goes. */
	String threadDump() throws IOException, InterruptedException {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		var dump = new ProcessBuilder(jcmd.toString(), String.valueOf(pid()), "Thread.print").redirectErrorStream(true)
				.start();
		String text = new String(dump.getInputStream().readAllBytes());
		dump.waitFor(30, TimeUnit.SECONDS);
		return text;
	}

	/** Stops the node as an orchestrator would (SIGTERM, then SIGKILL after 30 s). */
	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				process.waitFor(10, TimeUnit.SECONDS);
			}
		}
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
