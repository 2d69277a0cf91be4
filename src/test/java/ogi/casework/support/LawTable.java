package ogi.casework.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import ogi.casework.reply.ExemptionGround;
import ogi.casework.reply.Outcome;

/**
 * The law table of the reply outcomes ({@code law/outcomes.csv}) and of the refusal grounds ({@code law/grounds.csv}),
 * written by hand from the rule book — spec §3 R-36…R-39, §6.3, §7 G-2 — so that tests of the letters, the annual
 * report, the remedies and the evidence checklist take their expected values from the law, not from the code.
 */
public final class LawTable {

	private LawTable() {
	}

	/**
	 * One outcome as the law treats it.
	 *
	 * @param letterBasis the legal basis its reply letter cites, in Chinese
	 * @param reportRow its row of annual-report table 3 (for DENY the block; the ground decides the row)
	 * @param reportLabel the row's label (for DENY the block's)
	 * @param reconsiderationFirst whether the applicant must apply for reconsideration before suing (G-2)
	 */
	public record OutcomeRow(Outcome outcome, String letterBasis, String reportRow, String reportLabel,
			boolean reconsiderationFirst) {

		@Override
		public String toString() {
			return outcome.name();
		}
	}

	/** One ground of a refusal: what a DENY letter on it cites, and its row of table 3 with its label. */
	public record GroundRow(ExemptionGround ground, String letterBasis, String reportRow, String reportLabel) {

		@Override
		public String toString() {
			return ground.name();
		}
	}

	/** Every row of {@code law/outcomes.csv}, in order. */
	public static Stream<OutcomeRow> outcomes() {
		return rows("law/outcomes.csv", 5).stream().map(f -> new OutcomeRow(Outcome.valueOf(f[0]), f[1], f[2], f[3],
				Boolean.parseBoolean(f[4])));
	}

	/** Every row of {@code law/grounds.csv}, in order. */
	public static Stream<GroundRow> grounds() {
		return rows("law/grounds.csv", 4).stream()
				.map(f -> new GroundRow(ExemptionGround.valueOf(f[0]), f[1], f[2], f[3]));
	}

	/** The row of {@code outcome}. */
	public static OutcomeRow of(Outcome outcome) {
		return outcomes().filter(row -> row.outcome() == outcome).findFirst()
				.orElseThrow(() -> new AssertionError("law/outcomes.csv has no row for " + outcome));
	}

	/** Data lines split on commas (no field holds an ASCII comma); {@code #} comments and the header are skipped. */
	private static List<String[]> rows(String resource, int fields) {
		try (InputStream in = LawTable.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No " + resource + " on the test classpath");
			}
			var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
					.filter(line -> !line.isBlank() && !line.startsWith("#")).skip(1).toList();
			return lines.stream().map(line -> {
				String[] split = line.split(",", -1);
				if (split.length != fields) {
					throw new IllegalStateException(resource + ": " + fields + " fields expected in " + line);
				}
				return split;
			}).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
