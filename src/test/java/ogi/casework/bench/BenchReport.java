package ogi.casework.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The benchmark's results: {@code results.json} with one object per figure keyed P1 … P5 (value, unit, baseline,
 * ratio, goal, met, and the details behind them) and {@code results.md} for people.
 */
final class BenchReport {

	/**
	 * One figure: this project's number, the baseline measured in the same run (null where the issue names none),
	 * their ratio, the goal in words, and whether it was met.
	 */
	record Figure(String id, String title, double value, String unit, Double baseline, Double ratio, String goal,
			boolean met, Map<String, Object> details) {
	}

	private final List<Figure> figures = new ArrayList<>();

	private final Map<String, Object> run = new LinkedHashMap<>();

	void describeRun(String key, Object value) {
		run.put(key, value);
	}

	void add(Figure figure) {
		figures.add(figure);
	}

	List<Figure> figures() {
		return figures;
	}

	void write(Path directory) throws IOException {
		Files.createDirectories(directory);
		Files.writeString(directory.resolve("results.json"), json());
		Files.writeString(directory.resolve("results.md"), markdown());
	}

	String json() {
		Map<String, Object> root = new LinkedHashMap<>();
		for (Figure f : figures) {
			Map<String, Object> figure = new LinkedHashMap<>();
			figure.put("title", f.title());
			figure.put("value", f.value());
			figure.put("unit", f.unit());
			figure.put("baseline", f.baseline());
			figure.put("ratio", f.ratio());
			figure.put("goal", f.goal());
			figure.put("met", f.met());
			figure.put("details", f.details());
			root.put(f.id(), figure);
		}
		root.put("run", run);
		return toJson(root, "") + "\n";
	}

	String markdown() {
		StringBuilder md = new StringBuilder("# Benchmark results\n\n");
		md.append("Run ").append(Instant.now()).append(". ");
		run.forEach((key, value) -> md.append(key).append(": ").append(value).append(". "));
		md.append("\n\n| id | figure | this project | baseline (same run) | ratio | goal | met |\n");
		md.append("|---|---|---|---|---|---|---|\n");
		for (Figure f : figures) {
			md.append("| ").append(f.id()).append(" | ").append(f.title()).append(" | ")
				.append(number(f.value())).append(' ').append(f.unit()).append(" | ")
				.append(f.baseline() == null ? "—" : number(f.baseline()) + " " + f.unit()).append(" | ")
				.append(f.ratio() == null ? "—" : number(f.ratio()) + "×").append(" | ").append(f.goal()).append(" | ")
				.append(f.met() ? "**yes**" : "**no**").append(" |\n");
		}
		for (Figure f : figures) {
			md.append("\n## ").append(f.id()).append(" — ").append(f.title()).append("\n\n");
			f.details().forEach((key, value) -> md.append("- ").append(key).append(": ")
				.append(value instanceof Double d ? number(d) : String.valueOf(value)).append('\n'));
		}
		return md.toString();
	}

	static String number(double value) {
		if (Double.isNaN(value)) {
			return "n/a";
		}
		return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%.0f", value)
				: Math.abs(value) >= 10 ? String.format(Locale.ROOT, "%.1f", value)
						: String.format(Locale.ROOT, "%.2f", value);
	}

	/** Rounds to three significant decimals for the JSON. */
	static double round(double value) {
		return Double.isNaN(value) ? value : Math.round(value * 1000.0) / 1000.0;
	}

	private static String toJson(Object value, String indent) {
		if (value == null) {
			return "null";
		}
		if (value instanceof Map<?, ?> map) {
			if (map.isEmpty()) {
				return "{}";
			}
			String inner = indent + "  ";
			return map.entrySet().stream()
				.map(e -> inner + quote(String.valueOf(e.getKey())) + ": " + toJson(e.getValue(), inner))
				.collect(Collectors.joining(",\n", "{\n", "\n" + indent + "}"));
		}
		if (value instanceof List<?> list) {
			return list.stream().map(v -> toJson(v, indent)).collect(Collectors.joining(", ", "[", "]"));
		}
		if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
			return value.toString();
		}
		if (value instanceof Double d) {
			return d.isNaN() || d.isInfinite() ? "null" : String.valueOf(round(d));
		}
		if (value instanceof Number n) {
			return n.toString();
		}
		return quote(value.toString());
	}

	private static String quote(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append("\\u%04x".formatted((int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}
}
