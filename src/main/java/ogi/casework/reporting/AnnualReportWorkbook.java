package ogi.casework.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import ogi.casework.reporting.AnnualReport.TableFourFigures;

/**
 * The annual report as an XLSX workbook in the official layout (国办公开办函〔2021〕30号): table 3 with its note cell and
 * merged headings, table 4 with its three blocks, section 六's fees, and a sheet of checks that lists every broken
 * invariant and every correction after the lock.
 */
final class AnnualReportWorkbook {

	static final String TABLE_THREE_SHEET = "表三";

	static final String TABLE_FOUR_SHEET = "表四";

	static final String FEES_SHEET = "六、其他需要报告的事项";

	static final String CHECKS_SHEET = "校验";

	/** Table 3's first row of figures (0-based): after the title and the three heading rows. */
	static final int TABLE_THREE_FIRST_ROW = 4;

	/** Table 3's first column of figures (0-based): after the three label columns. */
	static final int TABLE_THREE_FIRST_COLUMN = 3;

	private AnnualReportWorkbook() {
	}

	static byte[] render(AnnualReport report, String heading, ReportWording words) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var styles = new Styles(workbook);
			tableThree(workbook.createSheet(TABLE_THREE_SHEET), report, heading, styles);
			tableFour(workbook.createSheet(TABLE_FOUR_SHEET), report.tableFour(), styles);
			fees(workbook.createSheet(FEES_SHEET), report, styles);
			checks(workbook.createSheet(CHECKS_SHEET), report, styles, words);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void tableThree(Sheet sheet, AnnualReport report, String heading, Styles styles) {
		var table = report.tableThree();
		text(sheet, 0, 0, heading + " " + table.title(), styles.title);
		merge(sheet, 0, 0, 0, 9);
		for (int r = 1; r <= 3; r++) {
			for (int c = 0; c <= 9; c++) {
				text(sheet, r, c, "", styles.header);
			}
		}
		text(sheet, 1, 0, table.note(), styles.header);
		merge(sheet, 1, 3, 0, 2);
		text(sheet, 1, 3, table.applicantHeader(), styles.header);
		merge(sheet, 1, 1, 3, 9);
		text(sheet, 2, 3, table.columns().get(0), styles.header);
		merge(sheet, 2, 3, 3, 3);
		text(sheet, 2, 4, table.organisationHeader(), styles.header);
		merge(sheet, 2, 2, 4, 8);
		for (int c = 1; c <= 5; c++) {
			text(sheet, 3, 3 + c, table.columns().get(c), styles.header);
		}
		text(sheet, 2, 9, table.columns().get(6), styles.header);
		merge(sheet, 2, 3, 9, 9);

		int r = TABLE_THREE_FIRST_ROW;
		int sectionStart = -1;
		int groupStart = -1;
		String group = null;
		for (var line : table.rows()) {
			for (int c = 0; c < 3; c++) {
				text(sheet, r, c, "", styles.label);
			}
			if (line.group() == null && group != null) {
				merge(sheet, groupStart, r - 1, 1, 1);
				group = null;
			}
			if (line.section() == null) {
				if (sectionStart >= 0) {
					merge(sheet, sectionStart, r - 1, 0, 0);
					sectionStart = -1;
				}
				text(sheet, r, 0, line.label(), styles.label);
				merge(sheet, r, r, 0, 2);
			}
			else {
				if (sectionStart < 0) {
					sectionStart = r;
					text(sheet, r, 0, line.section(), styles.label);
				}
				if (line.group() == null) {
					text(sheet, r, 1, line.label(), styles.label);
					merge(sheet, r, r, 1, 2);
				}
				else {
					if (!line.group().equals(group)) {
						if (group != null) {
							merge(sheet, groupStart, r - 1, 1, 1);
						}
						group = line.group();
						groupStart = r;
						text(sheet, r, 1, group, styles.label);
					}
					text(sheet, r, 2, line.label(), styles.label);
				}
			}
			for (int c = 0; c < line.values().size(); c++) {
				number(sheet, r, TABLE_THREE_FIRST_COLUMN + c, line.values().get(c), styles.number);
			}
			r++;
		}
		text(sheet, r + 1, 0, report.valid() ? "校验：各项勾稽关系均成立。"
				: "校验：" + report.violations().size() + " 项勾稽关系不成立，见“" + CHECKS_SHEET + "”表。", styles.plain);
		merge(sheet, r + 1, r + 1, 0, 9);
		sheet.setColumnWidth(0, 18 * 256);
		sheet.setColumnWidth(1, 18 * 256);
		sheet.setColumnWidth(2, 40 * 256);
		for (int c = 3; c <= 9; c++) {
			sheet.setColumnWidth(c, 11 * 256);
		}
	}

	private static void tableFour(Sheet sheet, TableFourFigures table, Styles styles) {
		text(sheet, 0, 0, TableFourFigures.TITLE, styles.title);
		merge(sheet, 0, 0, 0, 14);
		for (int r = 1; r <= 3; r++) {
			for (int c = 0; c < 15; c++) {
				text(sheet, r, c, "", styles.header);
			}
		}
		text(sheet, 1, 0, TableFourFigures.RECONSIDERATION, styles.header);
		merge(sheet, 1, 1, 0, 4);
		text(sheet, 1, 5, TableFourFigures.LAWSUIT, styles.header);
		merge(sheet, 1, 1, 5, 14);
		for (int c = 0; c < 5; c++) {
			text(sheet, 2, c, TableFourFigures.COLUMNS.get(c), styles.header);
			merge(sheet, 2, 3, c, c);
		}
		for (int k = 0; k < 2; k++) {
			int first = 5 + k * 5;
			text(sheet, 2, first, TableFourFigures.LAWSUIT_KINDS.get(k), styles.header);
			merge(sheet, 2, 2, first, first + 4);
			for (int c = 0; c < 5; c++) {
				text(sheet, 3, first + c, TableFourFigures.COLUMNS.get(c), styles.header);
			}
		}
		for (int c = 0; c < table.numbers().size(); c++) {
			number(sheet, 4, c, table.numbers().get(c), styles.number);
			sheet.setColumnWidth(c, 10 * 256);
		}
	}

	private static void fees(Sheet sheet, AnnualReport report, Styles styles) {
		var fees = report.fees();
		text(sheet, 0, 0, "六、其他需要报告的事项", styles.title);
		text(sheet, 1, 0, fees.statement(), styles.plain);
		text(sheet, 3, 0, "收费通知（件）", styles.label);
		number(sheet, 3, 1, fees.notices(), styles.number);
		text(sheet, 4, 0, "通知收费金额（元）", styles.label);
		number(sheet, 4, 1, fees.amountNoticed().doubleValue(), styles.money);
		text(sheet, 5, 0, "实际收取金额（元）", styles.label);
		number(sheet, 5, 1, fees.amountPaid().doubleValue(), styles.money);
		sheet.setColumnWidth(0, 24 * 256);
		sheet.setColumnWidth(1, 16 * 256);
	}

	private static void checks(Sheet sheet, AnnualReport report, Styles styles, ReportWording words) {
		int r = 0;
		text(sheet, r++, 0, report.valid() ? "各项勾稽关系均成立" : "勾稽关系不成立：", styles.title);
		for (var violation : report.violations()) {
			text(sheet, r, 0, violation.where(), styles.plain);
			text(sheet, r++, 2, words.chinese(violation), styles.plain);
		}
		if (report.locked() != null) {
			r++;
			text(sheet, r++, 0, "已锁定：" + report.locked().lockedBy() + " " + report.locked().lockedAt()
					+ "；锁定后更正（未计入上表）：" + report.corrections().size() + " 件", styles.title);
			text(sheet, r, 0, "案件编号", styles.header);
			text(sheet, r, 1, "锁定时", styles.header);
			text(sheet, r, 2, "现在", styles.header);
			text(sheet, r++, 3, "变更时间", styles.header);
			for (var correction : report.corrections()) {
				text(sheet, r, 0, correction.caseNumber(), styles.plain);
				text(sheet, r, 1, correction.lockedPlacement(), styles.plain);
				text(sheet, r, 2, correction.currentPlacement(), styles.plain);
				text(sheet, r++, 3, String.valueOf(correction.changedAt()), styles.plain);
			}
		}
		r++;
		text(sheet, r++, 0, "经定期评估，由依申请公开转为主动公开的申请 " + report.proactiveDisclosures() + " 件（条例第四十四条）",
				styles.plain);
		for (String note : words.chineseNotes(report)) {
			text(sheet, r++, 0, note, styles.plain);
		}
		sheet.setColumnWidth(0, 22 * 256);
		sheet.setColumnWidth(1, 22 * 256);
		sheet.setColumnWidth(2, 60 * 256);
		sheet.setColumnWidth(3, 28 * 256);
	}

	private static void text(Sheet sheet, int r, int c, String value, CellStyle style) {
		var cell = row(sheet, r).createCell(c);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private static void number(Sheet sheet, int r, int c, double value, CellStyle style) {
		var cell = row(sheet, r).createCell(c);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private static Row row(Sheet sheet, int r) {
		var row = sheet.getRow(r);
		return row == null ? sheet.createRow(r) : row;
	}

	private static void merge(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
		if (firstRow != lastRow || firstColumn != lastColumn) {
			sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
		}
	}

	/** The few cell styles of the report. */
	private static final class Styles {

		final CellStyle title;

		final CellStyle header;

		final CellStyle label;

		final CellStyle number;

		final CellStyle money;

		final CellStyle plain;

		Styles(XSSFWorkbook workbook) {
			var bold = workbook.createFont();
			bold.setBold(true);
			title = workbook.createCellStyle();
			title.setFont(bold);
			header = bordered(workbook, HorizontalAlignment.CENTER);
			header.setFont(bold);
			label = bordered(workbook, HorizontalAlignment.LEFT);
			number = bordered(workbook, HorizontalAlignment.CENTER);
			number.setDataFormat(workbook.createDataFormat().getFormat("0"));
			money = bordered(workbook, HorizontalAlignment.RIGHT);
			money.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
			plain = workbook.createCellStyle();
		}

		private static CellStyle bordered(XSSFWorkbook workbook, HorizontalAlignment alignment) {
			var style = workbook.createCellStyle();
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			style.setAlignment(alignment);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			style.setWrapText(true);
			return style;
		}
	}
}
