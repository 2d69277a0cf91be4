package ogi.casework.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Annual-report table 3 (收到和处理政府信息公开申请情况, spec §6.3) as published: the note, the column headings and
 * every numeric row with its exact label and seven values (six applicant columns, then 总计).
 *
 * @param title {@value TableThreeRow#TITLE}
 * @param note the top-left note cell
 * @param applicantHeader {@value TableThreeRow#APPLICANT_HEADER}
 * @param organisationHeader {@value TableThreeRow#ORGANISATION_HEADER}, over columns 2–6
 * @param columns the seven column labels
 * @param rows the numeric rows in published order
 */
public record TableThree(String title, String note, String applicantHeader, String organisationHeader,
		List<String> columns, List<Line> rows) {

	static final int COLUMNS = 7;

	static final int TOTAL_COLUMN = 6;

	public TableThree {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}

	static TableThree of(long[][] values) {
		List<Line> lines = new ArrayList<>();
		for (TableThreeRow row : TableThreeRow.values()) {
			lines.add(new Line(row.code(), row.section(), row.group(), row.label(),
					Arrays.stream(values[row.ordinal()]).boxed().toList()));
		}
		return new TableThree(TableThreeRow.TITLE, TableThreeRow.NOTE, TableThreeRow.APPLICANT_HEADER,
				TableThreeRow.ORGANISATION_HEADER, TableThreeRow.COLUMNS, lines);
	}

	/** The seven values of {@code row}. */
	public List<Long> values(TableThreeRow row) {
		return rows.stream().filter(line -> line.code().equals(row.code())).findFirst().map(Line::values)
				.orElseThrow();
	}

	/** The value of {@code row} in column {@code column} (0–5 applicant types, 6 总计). */
	public long value(TableThreeRow row, int column) {
		return values(row).get(column);
	}

	/**
	 * One numeric row.
	 *
	 * @param code e.g. {@code 三(三)4}
	 * @param section {@code 三、本年度办理结果} for the rows of section 三
	 * @param group the block heading of a numbered sub-row, e.g. {@code （三）不予公开}
	 * @param label the row's own label
	 * @param values the seven values
	 */
	public record Line(String code, String section, String group, String label, List<Long> values) {

		public Line {
			values = List.copyOf(values);
		}
	}
}
