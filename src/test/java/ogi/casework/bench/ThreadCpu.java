package ogi.casework.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The CPU time this JVM's threads have used, grouped by what their names say they do, and that of a MariaDB server
 * on this machine, as Linux counts it ({@code /proc}, in clock ticks of 10 ms): where an application's CPU goes when
 * the benchmark runs it in this JVM, the JIT compiler's and the collector's threads included (the JVM hides those
 * from {@code ThreadMXBean}).
 */
final class ThreadCpu {

	/** Thread names by the pools the application and the JVM give them, in the order they are reported. */
	private static final Map<String, Pattern> GROUPS = groups();

	private static final long TICK_NANOS = 10_000_000L;

	private ThreadCpu() {
	}

	private static Map<String, Pattern> groups() {
		Map<String, Pattern> groups = new LinkedHashMap<>();
		groups.put("request threads", Pattern.compile("http-nio-.*"));
		groups.put("letter rendering", Pattern.compile("letters-.*"));
		groups.put("read models after commit", Pattern.compile("after-commit-.*"));
		groups.put("process engine's executor", Pattern.compile("flowable-.*"));
		groups.put("scheduled tasks (the letters' sweep among them)", Pattern.compile("scheduling-.*"));
		groups.put("JIT compiler", Pattern.compile("C[12] CompilerThre.*"));
		groups.put("garbage collector", Pattern.compile("GC Thread.*|G1 .*|VM Thread"));
		groups.put("benchmark's clients", Pattern.compile("bench-.*|HttpClient-.*|main"));
		return groups;
	}

	/** CPU ticks used so far, by group ("other" for the rest of this JVM, "database" for MariaDB). */
	static Map<String, Long> sample() {
		Map<String, Long> ticks = new LinkedHashMap<>();
		GROUPS.keySet().forEach(group -> ticks.put(group, 0L));
		ticks.put("other", 0L);
		try (var tasks = Files.list(Path.of("/proc/self/task"))) {
			tasks.forEach(task -> {
				try {
					String name = Files.readString(task.resolve("comm")).strip();
					long used = ticksOf(Files.readString(task.resolve("stat")));
					String group = GROUPS.entrySet().stream().filter(g -> g.getValue().matcher(name).matches())
						.map(Map.Entry::getKey).findFirst().orElse("other");
					ticks.merge(group, used, Long::sum);
				}
				catch (IOException | RuntimeException gone) {
					// the thread ended between the listing and the read
				}
			});
		}
		catch (IOException e) {
			return Map.of();
		}
		try {
			// the whole process's count holds the threads that have ended too (the clients of a run, retired pools)
			long live = ticks.values().stream().mapToLong(Long::longValue).sum();
			ticks.put("threads that ended during the run (its clients among them)", ticksOf(Files.readString(Path.of("/proc/self/stat"))) - live);
		}
		catch (IOException e) {
			// not counted
		}
		ProcessHandle.allProcesses()
			.filter(p -> p.info().command().map(command -> command.endsWith("/mariadbd")).orElse(false))
			.forEach(p -> {
				try {
					ticks.merge("database", ticksOf(Files.readString(Path.of("/proc", p.pid() + "", "stat"))),
							Long::sum);
				}
				catch (IOException | RuntimeException gone) {
					// not readable: not counted
				}
			});
		return ticks;
	}

	/** utime + stime of a {@code /proc/…/stat} line (fields 14 and 15; the name in parentheses may hold spaces). */
	private static long ticksOf(String stat) {
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

	/** Milliseconds of CPU per item between two samples, by group, the busiest first; empty off Linux. */
	static Map<String, Double> perItem(Map<String, Long> before, Map<String, Long> after, long items) {
		Map<String, Double> per = new TreeMap<>();
		if (items <= 0) {
			return per;
		}
		Map<String, Double> sorted = new LinkedHashMap<>();
		after.forEach((group, ticks) -> per.put(group,
				BenchReport.round((ticks - before.getOrDefault(group, 0L)) * TICK_NANOS / 1e6 / items)));
		per.entrySet().stream().filter(e -> e.getValue() != 0)
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}
}
