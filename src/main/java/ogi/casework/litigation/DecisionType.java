package ogi.casework.litigation;

/**
 * The decision of a reconsideration body (复议法 Arts. 63–69, spec §7 G-3, §8.1) or the judgment or ruling of a court
 * (行诉法 Arts. 69–78), with its default annual-report class. The classification is [M] in spec §6.4 (纠正 = revoked,
 * altered, confirmed illegal or void, ordered to perform or reply again; 其他 = dismissed, terminated, withdrawn…);
 * {@code ogi.litigation.report-classes} overrides it per decision type.
 */
public enum DecisionType {

	/** 维持 (复议法 Art. 68). */
	UPHELD(ReportClass.UPHELD, false, true, false),

	/** 驳回复议请求 (复议法 Art. 69) or 判决驳回诉讼请求 (行诉法 Art. 69). */
	DISMISSED(ReportClass.OTHER, false, true, true),

	/** 撤销 + 责令重新作出 (复议法 Art. 64; 行诉法 Art. 70). */
	REVOKED(ReportClass.CORRECTED, true, true, true),

	/** 部分撤销 (复议法 Art. 64; 行诉法 Art. 70). */
	PARTLY_REVOKED(ReportClass.CORRECTED, true, true, true),

	/** 变更 (复议法 Art. 63; 行诉法 Art. 77). */
	ALTERED(ReportClass.CORRECTED, false, true, true),

	/** 确认违法 (复议法 Art. 65; 行诉法 Art. 74); a remedy may order a new reply. */
	CONFIRMED_ILLEGAL(ReportClass.CORRECTED, false, true, true),

	/** 确认程序违法 (spec §8.1). */
	CONFIRMED_PROCEDURE_ILLEGAL(ReportClass.CORRECTED, false, true, true),

	/** 确认无效 (复议法 Art. 67; 行诉法 Art. 75). */
	CONFIRMED_VOID(ReportClass.CORRECTED, true, true, true),

	/** 责令履行 (复议法 Art. 66; 行诉法 Art. 72). */
	ORDERED_TO_PERFORM(ReportClass.CORRECTED, true, true, true),

	/** 责令重新答复 (spec §8.1). */
	ORDERED_TO_REPLY_AGAIN(ReportClass.CORRECTED, true, true, true),

	/** 责令公开 (spec §8.1). */
	ORDERED_TO_DISCLOSE(ReportClass.CORRECTED, true, true, true),

	/** 终止 (复议法 Art. 41). */
	TERMINATED(ReportClass.OTHER, false, true, true),

	/** 撤回申请 / 准许撤诉 (复议法 Art. 74; 行诉法 Art. 62). */
	WITHDRAWN(ReportClass.OTHER, false, true, true),

	/** 调解 (复议法 Art. 73; 行诉法 Art. 60). */
	MEDIATED(ReportClass.OTHER, false, true, true),

	/** 不予受理 / 驳回复议申请 (复议法 Art. 30). */
	NOT_ACCEPTED(ReportClass.OTHER, false, true, true),

	/** 裁定驳回起诉 (解释 Art. 69): a ruling, not a judgment on the merits. */
	SUIT_DISMISSED(ReportClass.OTHER, false, false, true);

	private final ReportClass reportClass;

	private final boolean ordersNewReply;

	private final boolean byReconsiderationBody;

	private final boolean byCourt;

	DecisionType(ReportClass reportClass, boolean ordersNewReply, boolean byReconsiderationBody, boolean byCourt) {
		this.reportClass = reportClass;
		this.ordersNewReply = ordersNewReply;
		this.byReconsiderationBody = byReconsiderationBody;
		this.byCourt = byCourt;
	}

	/** The default class in table 4 ([M], spec §6.4). */
	public ReportClass reportClass() {
		return reportClass;
	}

	/** Whether this decision by itself obliges the agency to reply again (a new reply cycle of the case). */
	public boolean ordersNewReply() {
		return ordersNewReply;
	}

	/** Whether a correction may carry an order to reply again (then the case can be reopened). */
	public boolean mayOrderNewReply() {
		return reportClass == ReportClass.CORRECTED;
	}

	/** Whether this decision type exists for {@code kind} (a reconsideration body does not 裁定驳回起诉, a court does not 维持). */
	public boolean appliesTo(MatterKind kind) {
		return kind.lawsuit() ? byCourt : byReconsiderationBody;
	}
}
