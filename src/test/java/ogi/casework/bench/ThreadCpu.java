package ogi.casework.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
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

	/** CPU ticks so far: of each live thread (by id, with its group), of the whole process, and of MariaDB. */
	record Sample(Map<String, String> groupOf, Map<String, Long> ticksOf, long process, long database) {
	}

	/** What this JVM's threads and MariaDB have used so far; null off Linux. */
	static Sample sample() {
		Map<String, String> groupOf = new HashMap<>();
		Map<String, Long> ticksOf = new HashMap<>();
		long process;
		try (var tasks = Files.list(Path.of("/proc/self/task"))) {
			tasks.forEach(task -> {
				try {
					String name = Files.readString(task.resolve("comm")).strip();
					long used = ticksOf(Files.readString(task.resolve("stat")));
					String id = task.getFileName().toString();
					groupOf.put(id, GROUPS.entrySet().stream().filter(g -> g.getValue().matcher(name).matches())
						.map(Map.Entry::getKey).findFirst().orElse("other"));
					ticksOf.put(id, used);
				}
				catch (IOException | RuntimeException gone) {
					// the thread ended between the listing and the read: counted with the ended ones
				}
			});
			// the process's own count holds its threads that have ended too
			process = ticksOf(Files.readString(Path.of("/proc/self/stat")));
		}
		catch (IOException e) {
			return null;
		}
		long database = ProcessHandle.allProcesses()
			.filter(p -> p.info().command().map(command -> command.endsWith("/mariadbd")).orElse(false))
			.mapToLong(p -> {
				try {
					return ticksOf(Files.readString(Path.of("/proc", p.pid() + "", "stat")));
				}
				catch (IOException | RuntimeException gone) {
					return 0;
				}
			})
			.sum();
		return new Sample(groupOf, ticksOf, process, database);
	}

	/** utime + stime of a {@code /proc/…/stat} line (fields 14 and 15; the name in parentheses may hold spaces). */
	private static long ticksOf(String stat) {
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

	/**
	 * Milliseconds of CPU per item between two samples, by group, the busiest first: each thread's growth (a thread
	 * started since counts whole), the threads that ended in between as the rest of the process's growth, and
	 * MariaDB's; empty off Linux.
	 */
	static Map<String, Double> perItem(Sample before, Sample after, long items) {
		Map<String, Double> sorted = new LinkedHashMap<>();
		if (before == null || after == null || items <= 0) {
			return sorted;
		}
		Map<String, Long> ticks = new HashMap<>();
		after.ticksOf().forEach((id, used) -> ticks.merge(after.groupOf().get(id),
				used - before.ticksOf().getOrDefault(id, 0L), Long::sum));
		// the process grew by its threads' growth: what the live ones do not account for, the ended ones used
		long live = ticks.values().stream().mapToLong(Long::longValue).sum();
		ticks.put("threads that ended during the run (its clients among them)",
				after.process() - before.process() - live);
		ticks.put("database", after.database() - before.database());
		ticks.entrySet().stream().filter(e -> e.getValue() != 0)
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.forEach(e -> sorted.put(e.getKey(), BenchReport.round(e.getValue() * TICK_NANOS / 1e6 / items)));
		return sorted;
	}
}
