package ogi.casework.documents;

import ogi.casework.reply.Outcome;

/**
 * The remedy paragraph of a reply (spec §7 G-2, periods T12, T18, T19). Against a refusal, wholly or in part
 * (DENY, PARTIAL), 复议法 (2023) Art. 23(四) makes reconsideration compulsory before suing, and its para. 2 obliges the
 * agency to say so: the letter names the reconsideration organ and the 60-day window (复议法 Art. 20) and offers no
 * direct lawsuit. Every other reply offers reconsideration within 60 days or a suit within 6 months (行诉法 Art. 46).
 */
public final class Remedies {

	private Remedies() {
	}

	/**
	 * What a reply letter's text lacks of the remedy paragraph {@code outcome} requires (spec G-2), in words; empty
	 * when it has it. A refusal (DENY, PARTIAL) must send the applicant to reconsideration first within 60 days and
	 * offer no direct lawsuit; any other reply offers reconsideration within 60 days or a lawsuit within 6 months, and
	 * must not demand reconsideration first. Checks the substance, so an agency's own approved wording passes.
	 */
	public static java.util.List<String> missingFrom(Outcome outcome, String letterText) {
		var missing = new java.util.ArrayList<String>();
		if (outcome.requiresReconsiderationFirst()) {
			if (!letterText.contains("先向") || !letterText.contains("申请行政复议")) {
				missing.add("the instruction to apply for reconsideration first (先向……申请行政复议, 复议法 Art. 23 para. 2)");
			}
			if (!letterText.contains("60日")) {
				missing.add("the 60-day reconsideration window (复议法 Art. 20)");
			}
			if (letterText.contains("提起行政诉讼")) {
				missing.add("no offer of a direct lawsuit (提起行政诉讼), which 复议法 Art. 23(1)(四) excludes for a refusal");
			}
		}
		else {
			if (!letterText.contains("60日") || !letterText.contains("申请行政复议")) {
				missing.add("the offer of reconsideration within 60 days (复议法 Art. 20)");
			}
			if (!letterText.contains("6个月") || !letterText.contains("提起行政诉讼")) {
				missing.add("the offer of a lawsuit within 6 months (行政诉讼法 Art. 46)");
			}
			if (letterText.contains("先向")) {
				missing.add("no demand to apply for reconsideration first (先向), which only a refusal requires "
						+ "(复议法 Art. 23(1)(四))");
			}
		}
		return missing;
	}

	/** The remedy paragraph for {@code outcome}, naming {@code reconsiderationBody} and {@code court}. */
	public static String paragraph(Outcome outcome, String reconsiderationBody, String court) {
		if (outcome != null && outcome.requiresReconsiderationFirst()) {
			return "如对本答复不服，根据《中华人民共和国行政复议法》第二十三条第一款第（四）项的规定，您应当先向"
					+ reconsiderationBody + "申请行政复议，申请期限为自知道本答复之日起60日内；"
					+ "对行政复议决定不服的，可以自收到行政复议决定书之日起15日内依法向人民法院起诉。";
		}
		return "如对本答复不服，可以自知道本答复之日起60日内向" + reconsiderationBody + "申请行政复议，"
				+ "或者自知道本答复之日起6个月内依法向" + court + "提起行政诉讼。";
	}
}
