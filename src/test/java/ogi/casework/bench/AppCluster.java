package ogi.casework.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import ogi.casework.support.TestDatabase;
import ogi.casework.support.TestKeys;

/**
 * Several application nodes in separate JVMs on one MySQL-compatible database, in the production profile
 * ({@code mysql}): each with its own port and its own async-executor lock owner ({@code OGI_NODE_NAME}). The first node
 * creates the schema (Flyway, then Flowable); the others start after it. The agencies and their users are seeded with
 * SQL ({@link BenchDatabase}), not through a demo profile.
 */
final class AppCluster implements AutoCloseable {

	private final List<AppNode> nodes = new ArrayList<>();

	private final BenchDatabase database;

	private final String url;

	private final Path logDir;

	private final Map<String, String> settings;

	private AppCluster(String url, Path logDir, Map<String, String> settings) {
		var server = TestDatabase.get();
		this.url = url;
		this.logDir = logDir;
		this.settings = settings;
		this.database = new BenchDatabase(url, server.user(), server.password());
	}

	/**
	 * Starts {@code count} nodes on a fresh schema and seeds {@code agencies} with one user per role (BCrypt cost
	 * {@code bcryptCost}); {@code settings} go to every node as {@code --name=value}.
	 */
	static AppCluster start(int count, Path logDir, List<String> agencies, int bcryptCost,
			Map<String, String> settings) throws Exception {
		var cluster = new AppCluster(TestDatabase.get().newSchema(), logDir, settings);
		try {
			cluster.nodes.add(cluster.startNode("node-1"));
			cluster.nodes.get(0).awaitHealthy(Duration.ofMinutes(4));
			ExecutorService starting = Executors.newFixedThreadPool(Math.max(1, count - 1));
			try {
				List<Future<AppNode>> others = new ArrayList<>();
				for (int i = 2; i <= count; i++) {
					String name = "node-" + i;
					others.add(starting.submit(() -> cluster.startNode(name)));
				}
				for (Future<AppNode> other : others) {
					cluster.nodes.add(other.get());
				}
				List<Callable<Double>> health = cluster.nodes.stream()
					.<Callable<Double>>map(node -> () -> node.awaitHealthy(Duration.ofMinutes(4))).toList();
				for (Future<Double> healthy : starting.invokeAll(health)) {
					healthy.get();
				}
			}
			finally {
				starting.shutdownNow();
			}
			cluster.database.seedAccounts(agencies, new BCryptPasswordEncoder(bcryptCost).encode(BenchDatabase.PASSWORD));
			return cluster;
		}
		catch (Exception e) {
			cluster.close();
			throw e;
		}
	}

	private AppNode startNode(String name) throws IOException {
		var server = TestDatabase.get();
		Map<String, String> all = new LinkedHashMap<>();
		all.put("spring.profiles.active", "mysql");
		// seeded rows stay unindexed (see application-bench.yaml): the nodes do not index 1.1M requests while measured
		all.put("ogi.repeats.index-backfill", "false");
		all.putAll(settings);
		return AppNode.start(name, logDir.resolve(name), logDir, jvmFlags(), all,
				Map.of("OGI_DB_URL", url, "OGI_DB_USER", server.user(), "OGI_DB_PASSWORD", server.password(),
						"OGI_NODE_NAME", name,
						// the production profile refuses to start without its encryption keys (test keys here)
						"OGI_CRYPTO_KEYS_TEST1", TestKeys.SETTINGS.keys().get("test1"), "OGI_CRYPTO_ACTIVE_KEY", "test1",
						"OGI_CRYPTO_LOOKUP_KEY", TestKeys.SETTINGS.lookupKey()));
	}

	/**
	 * The documented JVM flags, then those of {@code -Dbench.node-jvm-flags} (split at spaces; a later flag overrides
	 * an earlier one, e.g. {@code -XX:TieredStopAtLevel=4}), to try a JVM tuning without a rebuild.
	 */
	static List<String> jvmFlags() {
		List<String> flags = new ArrayList<>(AppNode.DOCUMENTED_JVM_FLAGS);
		for (String flag : System.getProperty("bench.node-jvm-flags", "").split(" ")) {
			if (!flag.isBlank()) {
				flags.add(flag.strip());
			}
		}
		return flags;
	}

	List<AppNode> nodes() {
		return nodes;
	}

	/** The nodes still running. */
	List<AppNode> alive() {
		return nodes.stream().filter(AppNode::alive).toList();
	}

	BenchDatabase database() {
		return database;
	}

	@Override
	public void close() throws InterruptedException {
		for (AppNode node : nodes) {
			node.close();
		}
	}
}
