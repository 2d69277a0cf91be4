package ogi.casework.litigation;

import java.util.ArrayList;
import java.util.List;

/**
 * Annual-report table 4 (政府信息公开行政复议、行政诉讼情况, spec §6.4): three blocks of 维持 / 纠正 / 其他 / 尚未审结 /
 * 总计, in the order of the official layout, with its invariant.
 * <p>
 * Counting rule [I]: a matter counts in year Y if the agency received its copy in Y, or if it was received earlier and
 * concluded (decided; with an appeal, decided at second instance) in Y; its class is the one in force on 31 December
 * of Y — undecided, or under appeal, is 尚未审结.
 *
 * @param year the report year
 * @param agencyCodes the agencies counted (one, or the departments of a government)
 * @param reconsideration 行政复议
 * @param lawsuitDirect 行政诉讼 — 未经复议直接起诉
 * @param lawsuitAfterReconsideration 行政诉讼 — 复议后起诉
 */
public record TableFour(int year, List<String> agencyCodes, Block reconsideration, Block lawsuitDirect,
		Block lawsuitAfterReconsideration) {

	/** Copies the agency list. */
	public TableFour {
		agencyCodes = List.copyOf(agencyCodes);
	}

	/** One block; {@code total} is the number of matters counted, so the invariant is a real check. */
	public record Block(int upheld, int corrected, int other, int pending, int total) {

		/** 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
		public boolean consistent() {
			return total == upheld + corrected + other + pending;
		}

		Block plus(ReportClass reportClass) {
			return new Block(upheld + (reportClass == ReportClass.UPHELD ? 1 : 0),
					corrected + (reportClass == ReportClass.CORRECTED ? 1 : 0),
					other + (reportClass == ReportClass.OTHER ? 1 : 0),
					pending + (reportClass == ReportClass.PENDING ? 1 : 0), total + 1);
		}

		static Block empty() {
			return new Block(0, 0, 0, 0, 0);
		}

		/** The block's sum of decided matters (维持 + 纠正 + 其他). */
		public int decided() {
			return upheld + corrected + other;
		}
	}

	/** The 15 numbers in the order of the official table. */
	public List<Integer> numbers() {
		var numbers = new ArrayList<Integer>(15);
		for (var block : List.of(reconsideration, lawsuitDirect, lawsuitAfterReconsideration)) {
			numbers.addAll(List.of(block.upheld(), block.corrected(), block.other(), block.pending(), block.total()));
		}
		return numbers;
	}

	/** The invariants of spec §6.4 that do not hold, in words; empty when the table is consistent. */
	public List<String> violations() {
		var violations = new ArrayList<String>();
		check(violations, "行政复议", reconsideration);
		check(violations, "行政诉讼 未经复议直接起诉", lawsuitDirect);
		check(violations, "行政诉讼 复议后起诉", lawsuitAfterReconsideration);
		return violations;
	}

	/** Whether every invariant holds. */
	public boolean consistent() {
		return violations().isEmpty();
	}

	private static void check(List<String> violations, String name, Block block) {
		if (!block.consistent()) {
			violations.add("%s: 总计 %d ≠ 维持 %d + 纠正 %d + 其他 %d + 尚未审结 %d".formatted(name, block.total(),
					block.upheld(), block.corrected(), block.other(), block.pending()));
		}
	}
}
