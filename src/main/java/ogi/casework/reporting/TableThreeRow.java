package ogi.casework.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The numeric rows of annual-report table 3 (收到和处理政府信息公开申请情况, spec §6.3, 国办公开办函〔2021〕30号) in the
 * published order, each with its code (as {@code Outcome.reportRow()} and {@code ExemptionGround.reportRow()} give it),
 * the block heading it sits under and its label, character for character.
 */
public enum TableThreeRow {

	NEW("一", null, null, "一、本年新收政府信息公开申请数量"),
	CARRIED_OVER("二", null, null, "二、上年结转政府信息公开申请数量"),
	DISCLOSED("三(一)", "三、本年度办理结果", null, "（一）予以公开"),
	PARTIAL("三(二)", "三、本年度办理结果", null, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
	DENIED_1("三(三)1", "三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"),
	DENIED_2("三(三)2", "三、本年度办理结果", "（三）不予公开", "2.其他法律行政法规禁止公开"),
	DENIED_3("三(三)3", "三、本年度办理结果", "（三）不予公开", "3.危及“三安全一稳定”"),
	DENIED_4("三(三)4", "三、本年度办理结果", "（三）不予公开", "4.保护第三方合法权益"),
	DENIED_5("三(三)5", "三、本年度办理结果", "（三）不予公开", "5.属于三类内部事务信息"),
	DENIED_6("三(三)6", "三、本年度办理结果", "（三）不予公开", "6.属于四类过程性信息"),
	DENIED_7("三(三)7", "三、本年度办理结果", "（三）不予公开", "7.属于行政执法案卷"),
	DENIED_8("三(三)8", "三、本年度办理结果", "（三）不予公开", "8.属于行政查询事项"),
	UNABLE_1("三(四)1", "三、本年度办理结果", "（四）无法提供", "1.本机关不掌握相关政府信息"),
	UNABLE_2("三(四)2", "三、本年度办理结果", "（四）无法提供", "2.没有现成信息需要另行制作"),
	UNABLE_3("三(四)3", "三、本年度办理结果", "（四）无法提供", "3.补正后申请内容仍不明确"),
	NOT_PROCESSED_1("三(五)1", "三、本年度办理结果", "（五）不予处理", "1.信访举报投诉类申请"),
	NOT_PROCESSED_2("三(五)2", "三、本年度办理结果", "（五）不予处理", "2.重复申请"),
	NOT_PROCESSED_3("三(五)3", "三、本年度办理结果", "（五）不予处理", "3.要求提供公开出版物"),
	NOT_PROCESSED_4("三(五)4", "三、本年度办理结果", "（五）不予处理", "4.无正当理由大量反复申请"),
	NOT_PROCESSED_5("三(五)5", "三、本年度办理结果", "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"),
	OTHER_1("三(六)1", "三、本年度办理结果", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
	OTHER_2("三(六)2", "三、本年度办理结果", "（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
	OTHER_3("三(六)3", "三、本年度办理结果", "（六）其他处理", "3.其他"),
	TOTAL("三(七)", "三、本年度办理结果", null, "（七）总计"),
	CARRIED_FORWARD("四", null, null, "四、结转下年度继续办理");

	/** The top-left note cell of the table. */
	public static final String NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

	/** The table's title: section 三 of the report (spec §6.1). */
	public static final String TITLE = "三、收到和处理政府信息公开申请情况";

	/** The heading over the seven applicant columns. */
	public static final String APPLICANT_HEADER = "申请人情况";

	/** The heading over columns 2–6. */
	public static final String ORGANISATION_HEADER = "法人或其他组织";

	/** The seven columns: six applicant types in {@code ApplicantType} order, then the total. */
	public static final List<String> COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");

	private final String code;

	private final String section;

	private final String group;

	private final String label;

	TableThreeRow(String code, String section, String group, String label) {
		this.code = code;
		this.section = section;
		this.group = group;
		this.label = label;
	}

	/** e.g. {@code 一}, {@code 三(三)4}, {@code 四}. */
	public String code() {
		return code;
	}

	/** {@code 三、本年度办理结果} for the rows of section 三, else null. */
	public String section() {
		return section;
	}

	/** The block heading, e.g. {@code （三）不予公开}, for numbered sub-rows; else null. */
	public String group() {
		return group;
	}

	public String label() {
		return label;
	}

	/** Whether the row is one of the outcomes (一)…(六) that (七) sums. */
	public boolean isOutcome() {
		return section != null && this != TOTAL;
	}

	public static Optional<TableThreeRow> ofCode(String code) {
		return Arrays.stream(values()).filter(row -> row.code.equals(code)).findFirst();
	}
}
