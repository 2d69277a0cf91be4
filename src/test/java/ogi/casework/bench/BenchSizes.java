package ogi.casework.bench;

import java.time.Duration;

/**
 * How big the benchmark runs: the sizes for {@code ./mvnw -Pbench verify}, tiny ones for the smoke test of
 * the default build. Every size can be overridden with a system property {@code bench.<name>}, e.g.
 * {@code -Dbench.closed-cases=200000}.
 *
 * @param openCases open cases seeded (each with one worklist task)
 * @param closedCases closed cases seeded (received 2021–2025)
 * @param agencies agencies of one government: the government itself and its departments
 * @param p1Duration how long each P1 load runs per thread count (after a warm-up of the same length / 2)
 * @param p2Samples requests per P2 query (after as many warm-up requests / 4)
 * @param p4Samples requests per P4 report (after one warm-up)
 * @param timers reply timers made due at once in P3
 * @param nodes application nodes (separate JVMs) in P3
 * @param bcryptCost the BCrypt work factor of the benchmark users' passwords (production default 10)
 * @param p5Starts fresh first starts P5 times (its figure is their median: one start on a shared two-core host
 *        varies by a third from run to run)
 */
record BenchSizes(int openCases, int closedCases, int agencies, Duration p1Duration, int p2Samples, int p4Samples,
		int timers, int nodes, int bcryptCost, int p5Starts) {

	/** The sizes of issue #13. */
	static BenchSizes full() {
		return new BenchSizes(100_000, 1_000_000, 50, Duration.ofSeconds(30), 200, 5, 10_000, 3, 4, 3)
			.overriddenBySystemProperties();
	}

	/** Small enough for every build, big enough that each measurement really runs. */
	static BenchSizes smoke() {
		return new BenchSizes(200, 1_000, 3, Duration.ofSeconds(2), 10, 1, 20, 2, 4, 1);
	}

	BenchSizes overriddenBySystemProperties() {
		return new BenchSizes(integer("open-cases", openCases), integer("closed-cases", closedCases),
				integer("agencies", agencies), Duration.ofSeconds(integer("p1-seconds", (int) p1Duration.toSeconds())),
				integer("p2-samples", p2Samples), integer("p4-samples", p4Samples), integer("timers", timers),
				integer("nodes", nodes), integer("bcrypt-cost", bcryptCost), integer("p5-starts", p5Starts));
	}

	private static int integer(String name, int fallback) {
		String value = System.getProperty("bench." + name);
		return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip().replace("_", ""));
	}

	@Override
	public String toString() {
		return "open cases " + openCases + ", closed cases " + closedCases + ", agencies " + agencies + ", P1 "
				+ p1Duration.toSeconds() + " s per run, P2 " + p2Samples + " samples, P4 " + p4Samples
				+ " samples, P3 " + timers + " timers on " + nodes + " nodes, BCrypt cost " + bcryptCost + ", P5 "
				+ p5Starts + " first starts";
	}
}
