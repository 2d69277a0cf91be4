package ogi.casework.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The annual report's figures (R-49/50, spec §6): table 3, table 4 and the fees of section 六, with every invariant
 * that does not hold and, for a locked year, the later corrections that were not folded in.
 *
 * @param year the report year (1 January – 31 December)
 * @param scope {@code AGENCY}, or {@code GOVERNMENT}: the government's own agency and its departments together
 * @param agencyCodes the agencies counted
 * @param asOf the day the figures were computed (for a locked year: the day they were locked)
 * @param provisional the year is not over: 四 counts the cases open today
 * @param locked who locked (published) the year and when; null while it is open
 * @param tableThree table 3
 * @param tableFour table 4, from the litigation module's matters
 * @param fees the information-processing fees for section 六
 * @param valid whether every invariant holds
 * @param violations every invariant that does not hold
 * @param corrections for a locked year: cases whose place in the report changed after the lock
 * @param notes what the reader must know about how the figures were made
 * @param proactiveDisclosures how many applications led to information the agency published proactively in the year
 *        (Arts. 44, 50: 依申请公开转为主动公开)
 */
public record AnnualReport(int year, Scope scope, List<String> agencyCodes, LocalDate asOf, boolean provisional,
		Lock locked, TableThree tableThree, TableFourFigures tableFour, FeeFigures fees, boolean valid,
		List<Violation> violations, List<Correction> corrections, List<String> notes, int proactiveDisclosures,
		List<ogi.casework.shared.Wording> noteWordings) {

	public AnnualReport {
		noteWordings = noteWordings == null ? List.of() : List.copyOf(noteWordings);
		agencyCodes = List.copyOf(agencyCodes);
		violations = List.copyOf(violations);
		corrections = List.copyOf(corrections);
		notes = List.copyOf(notes);
	}

	/** Whose figures: one agency, or a government with its departments. */
	public enum Scope {
		AGENCY, GOVERNMENT
	}

	/** Who locked the year and when. */
	public record Lock(String lockedBy, Instant lockedAt) {
	}

	/**
	 * A case of a locked year whose place in the report changed after the lock.
	 *
	 * @param caseNumber the case
	 * @param lockedPlacement where it counted in the locked report (a row code of 三, 四, or — when it did not count)
	 * @param currentPlacement where it counts now
	 * @param changedAt when its place changed
	 */
	public record Correction(String caseNumber, String lockedPlacement, String currentPlacement, Instant changedAt) {
	}

	/**
	 * Section 六: the information-processing fees of the year (国办函〔2020〕109号; spec §6.1).
	 *
	 * @param notices fee notices sent in the year
	 * @param amountNoticed what they asked for, in yuan
	 * @param amountPaid what was collected in the year, in yuan
	 * @param statement the sentence for section 六
	 */
	public record FeeFigures(long notices, BigDecimal amountNoticed, BigDecimal amountPaid, String statement) {
	}

	/**
	 * Table 4 (政府信息公开行政复议、行政诉讼情况, spec §6.4): 15 numbers in the published order — 行政复议, then 行政诉讼
	 * 未经复议直接起诉, then 复议后起诉, each 结果维持 · 结果纠正 · 其他结果 · 尚未审结 · 总计 — and the same numbers labelled
	 * as table 3 labels its own: the column labels and one row per block with its heading and label. The labels are
	 * derived from the numbers, whatever a stored copy says.
	 *
	 * @param title {@code 四、政府信息公开行政复议、行政诉讼情况}
	 * @param numbers the 15 numbers
	 * @param columns the five column labels, {@link #COLUMNS}
	 * @param rows the three blocks, each with its five numbers (empty unless there are 15 numbers)
	 */
	public record TableFourFigures(String title, List<Integer> numbers, List<String> columns, List<Row> rows) {

		public static final String TITLE = "四、政府信息公开行政复议、行政诉讼情况";

		public static final String RECONSIDERATION = "行政复议";

		public static final String LAWSUIT = "行政诉讼";

		public static final List<String> LAWSUIT_KINDS = List.of("未经复议直接起诉", "复议后起诉");

		public static final List<String> COLUMNS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

		public TableFourFigures {
			numbers = List.copyOf(numbers);
			columns = COLUMNS;
			rows = rows(numbers);
		}

		public TableFourFigures(String title, List<Integer> numbers) {
			this(title, numbers, COLUMNS, List.of());
		}

		private static List<Row> rows(List<Integer> numbers) {
			int width = COLUMNS.size();
			if (numbers.size() != 3 * width) {
				return List.of();
			}
			return List.of(new Row(RECONSIDERATION, RECONSIDERATION, numbers.subList(0, width)),
					new Row(LAWSUIT, LAWSUIT_KINDS.get(0), numbers.subList(width, 2 * width)),
					new Row(LAWSUIT, LAWSUIT_KINDS.get(1), numbers.subList(2 * width, 3 * width)));
		}

		/**
		 * One block of table 4.
		 *
		 * @param section {@code 行政复议} or {@code 行政诉讼}
		 * @param label the block's own label: {@code 行政复议}, {@code 未经复议直接起诉} or {@code 复议后起诉}
		 * @param values 结果维持, 结果纠正, 其他结果, 尚未审结, 总计
		 */
		public record Row(String section, String label, List<Integer> values) {

			public Row {
				values = List.copyOf(values);
			}
		}
	}

	/** The figures as published when the year is locked. */
	record PublishedFigures(TableThree tableThree, TableFourFigures tableFour, FeeFigures fees) {
	}
}
