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
		return missingParts(outcome, letterText).stream().map(Part::description).toList();
	}

	/** What the remedy paragraph of {@code letterText} lacks for {@code outcome}, as typed parts (see above). */
	public static java.util.List<Part> missingParts(Outcome outcome, String letterText) {
		var missing = new java.util.ArrayList<Part>();
		if (outcome.requiresReconsiderationFirst()) {
			if (!letterText.contains("先向") || !letterText.contains("申请行政复议")) {
				missing.add(Part.RECONSIDERATION_FIRST);
			}
			if (!letterText.contains("60日")) {
				missing.add(Part.RECONSIDERATION_WINDOW);
			}
			if (letterText.contains("提起行政诉讼")) {
				missing.add(Part.NO_DIRECT_LAWSUIT);
			}
		}
		else {
			if (!letterText.contains("60日") || !letterText.contains("申请行政复议")) {
				missing.add(Part.RECONSIDERATION_OFFER);
			}
			if (!letterText.contains("6个月") || !letterText.contains("提起行政诉讼")) {
				missing.add(Part.LAWSUIT_OFFER);
			}
			if (letterText.contains("先向")) {
				missing.add(Part.NO_RECONSIDERATION_FIRST);
			}
		}
		return missing;
	}

	/** A part of a remedy paragraph the law asks for (or forbids), so readers can word it in their own language. */
	public enum Part {
		/** 复议法 Art. 23 para. 2: a refusal names reconsideration first. */
		RECONSIDERATION_FIRST("the instruction to apply for reconsideration first (先向……申请行政复议, 复议法 Art. 23 para. 2)"),
		/** 复议法 Art. 20: the 60 days, after a refusal. */
		RECONSIDERATION_WINDOW("the 60-day reconsideration window (复议法 Art. 20)"),
		/** 复议法 Art. 23(1)(四): a refusal offers no direct lawsuit. */
		NO_DIRECT_LAWSUIT("no offer of a direct lawsuit (提起行政诉讼), which 复议法 Art. 23(1)(四) excludes for a refusal"),
		/** 复议法 Art. 20: reconsideration within 60 days, for any other reply. */
		RECONSIDERATION_OFFER("the offer of reconsideration within 60 days (复议法 Art. 20)"),
		/** 行政诉讼法 Art. 46: a lawsuit within 6 months, for any other reply. */
		LAWSUIT_OFFER("the offer of a lawsuit within 6 months (行政诉讼法 Art. 46)"),
		/** Only a refusal demands reconsideration first. */
		NO_RECONSIDERATION_FIRST("no demand to apply for reconsideration first (先向), which only a refusal requires "
				+ "(复议法 Art. 23(1)(四))");

		private final String description;

		Part(String description) {
			this.description = description;
		}

		/** The part in the engine's English words. */
		public String description() {
			return description;
		}
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
