package ogi.casework.archive;

/**
 * The parts of a sealed case file in the order of the evidence checklist of spec §8.3 (登记 → 审核 → 办理 → 答复 →
 * 送达, spec §10), each with the folder its documents go to inside the package.
 */
public enum ArchiveSection {

	/** §8.3(1), Art. 31: channel, receipt date and the evidence for it. */
	RECEIPT_PROOF("01-receipt", "收到申请证明 Receipt proof"),

	/** §8.3(2), Art. 29: the application as received, identity proof, any agent's authorisation. */
	APPLICATION("02-application", "申请材料 Application"),

	/** §8.3(3), Art. 30: the supplement notice and the supplement, or the record that none came. */
	SUPPLEMENT("03-supplement", "补正 Supplement"),

	/** §8.3(4), Art. 33(2): the head's approval and the extension notice. */
	EXTENSION("04-extension", "延期答复 Extension"),

	/** §8.3(5), Arts. 32 and 34: consultation letters, answers or silence, and the excluded time. */
	CONSULTATIONS("05-consultations", "征求意见 Consultations"),

	/** §8.3(6), Art. 36(4): where, how and by whom the information was searched for. */
	SEARCH_RECORD("06-search", "检索记录 Search record"),

	/** §8.3(7), Arts. 14–16, 36, 37: the outcome's legal basis, the reasons, what was withheld and why. */
	REASONS_AND_LEGAL_BASIS("07-reasons", "理由和法律依据 Reasons and legal basis"),

	/** §8.3(8), Art. 17: the secrecy review (保密审查); no module records it yet. */
	SECRECY_REVIEW("08-secrecy-review", "保密审查 Secrecy review"),

	/** Art. 33(2): the reviewer's approvals and returns and the office head's sign-off. */
	APPROVALS("09-approvals", "审核审批 Approvals"),

	/** §8.3(9): the reply letter with outcome, legal basis and remedy paragraph. */
	REPLY("10-reply", "答复书 Reply"),

	/** §8.3(10), 国办公开办函〔2016〕235号: the proof of service and the date that counts. */
	DELIVERY("11-delivery", "送达 Delivery"),

	/** §8.3(11), 国办函〔2020〕109号: fee notices, the calculation and payment or expiry. */
	FEES("12-fees", "信息处理费 Fees"),

	/** The deadline ledger: every period with its start, basis and computation, and every pause. */
	DEADLINE_LEDGER("13-deadlines", "期限台账 Deadline ledger"),

	/** §8.3(12): every state change with user and time (全过程留痕). */
	AUDIT_TRAIL("14-audit", "全过程留痕 Audit trail"),

	/** Documents appended after sealing, each saying who added it, when and why; never part of a seal. */
	CORRECTIONS("corrections", "归档后更正 Corrections after sealing");

	private final String folder;

	private final String title;

	ArchiveSection(String folder, String title) {
		this.folder = folder;
		this.title = title;
	}

	/** The folder inside the package, e.g. {@code 02-application}. */
	public String folder() {
		return folder;
	}

	/** The section's heading in Chinese and English. */
	public String title() {
		return title;
	}
}
