package ogi.casework.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * A poor man's profiler for the application running in this JVM: every 20 ms it takes the stacks of the request
 * threads (Tomcat's {@code http-nio-*}) and counts where they are — which top frame, and which part of the work
 * (password hashing, letter rendering, database I/O, the process engine …). Enough to say what limits a figure.
 */
final class StackSampler implements AutoCloseable {

	private static final Map<String, String> PARTS = new LinkedHashMap<>();

	static {
		PARTS.put("org.springframework.security.crypto.bcrypt", "password check (BCrypt)");
		PARTS.put("com.openhtmltopdf", "PDF letter (openhtmltopdf/PDFBox)");
		PARTS.put("org.apache.pdfbox", "PDF letter (openhtmltopdf/PDFBox)");
		PARTS.put("org.apache.fontbox", "PDF letter (openhtmltopdf/PDFBox)");
		PARTS.put("com.deepoove.poi", "DOCX letter (poi-tl)");
		PARTS.put("org.apache.poi", "DOCX letter (poi-tl)");
		PARTS.put("com.mysql.cj", "database (driver and waiting for MariaDB)");
		PARTS.put("org.flowable", "process engine (Flowable)");
		PARTS.put("org.apache.ibatis", "MyBatis mapping");
		PARTS.put("tools.jackson", "JSON");
	}

	private final Map<String, Long> topFrames = new ConcurrentHashMap<>();

	private final Map<String, Long> parts = new ConcurrentHashMap<>();

	private final Map<String, Long> databaseCallers = new ConcurrentHashMap<>();

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final Thread sampler;

	private long samples;

	StackSampler(String threadPrefix) {
		sampler = new Thread(() -> {
			while (running.get()) {
				Thread.getAllStackTraces().forEach((thread, stack) -> {
					if (thread.getName().startsWith(threadPrefix) && stack.length > 0 && busy(stack)) {
						samples++;
						topFrames.merge(stack[0].getClassName() + "." + stack[0].getMethodName(), 1L, Long::sum);
						String part = part(stack);
						parts.merge(part, 1L, Long::sum);
						if (part.startsWith("database")) {
							databaseCallers.merge(caller(stack), 1L, Long::sum);
						}
					}
				});
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		}, "bench-stack-sampler");
		sampler.setDaemon(true);
		sampler.start();
	}

	/** An idle worker waits for the next request in the connector; that is no work. */
	private static boolean busy(StackTraceElement[] stack) {
		for (StackTraceElement frame : stack) {
			if (frame.getClassName().startsWith("org.springframework.web") || frame.getClassName().startsWith("ogi.")) {
				return true;
			}
		}
		return false;
	}

	private static String part(StackTraceElement[] stack) {
		for (StackTraceElement frame : stack) {
			for (var part : PARTS.entrySet()) {
				if (frame.getClassName().startsWith(part.getKey())) {
					return part.getValue();
				}
			}
		}
		return "other (web, security filters, our code)";
	}

	/** Who waits for the database: our method nearest to the top, and the Flowable command if any. */
	private static String caller(StackTraceElement[] stack) {
		String ours = null;
		String command = null;
		for (StackTraceElement frame : stack) {
			String type = frame.getClassName();
			if (ours == null && type.startsWith("ogi.casework.") && !type.contains("$$")) {
				ours = type.substring("ogi.casework.".length()) + "." + frame.getMethodName();
			}
			if (command == null && type.startsWith("org.flowable") && type.endsWith("Cmd")) {
				command = type.substring(type.lastIndexOf('.') + 1);
			}
		}
		return (ours == null ? "?" : ours) + (command == null ? "" : " / " + command);
	}

	@Override
	public void close() throws InterruptedException {
		running.set(false);
		sampler.join();
	}

	/** Where the busy request threads were, as shares of all samples. */
	String report(int topFrameCount) {
		StringBuilder out = new StringBuilder();
		out.append("Busy request-thread samples: ").append(samples).append("\n\nBy part of the work (first match from the top"
				+ " of each stack):\n");
		parts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(
				e -> out.append("  %5.1f %%  %s%n".formatted(100.0 * e.getValue() / Math.max(1, samples), e.getKey())));
		out.append("\nWaiting for the database, by caller (share of all samples):\n");
		databaseCallers.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(25)
			.forEach(e -> out.append("  %5.1f %%  %s%n".formatted(100.0 * e.getValue() / Math.max(1, samples), e.getKey())));
		out.append("\nTop frames:\n");
		out.append(topFrames.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(topFrameCount)
			.map(e -> "  %5.1f %%  %s".formatted(100.0 * e.getValue() / Math.max(1, samples), e.getKey()))
			.collect(Collectors.joining("\n")));
		return out.append("\n").toString();
	}

	/** The parts with their shares, largest first. */
	Map<String, Double> shares() {
		return parts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.collect(Collectors.toMap(Map.Entry::getKey, e -> Math.round(1000.0 * e.getValue() / Math.max(1, samples)) / 10.0,
					(a, b) -> a, LinkedHashMap::new));
	}
}
