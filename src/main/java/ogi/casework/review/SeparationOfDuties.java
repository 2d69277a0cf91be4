package ogi.casework.review;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import ogi.casework.shared.ActionNotAllowed;

/**
 * Which duties on one case must be done by different people: one table of pairs and one check, used by every step that
 * approves. Art. 33(2) and Art. 45 (登记、审核、办理、答复) make approving a check by a second person; an approval by
 * the person whose work it approves is no check.
 */
public final class SeparationOfDuties {

	/** What a person does on a case. */
	public enum Duty {
		/** Drafted the reply being decided (拟办). */
		DRAFT,
		/** Reviewed and approved the draft (审核). */
		REVIEW,
		/** Legally reviewed the risky draft (法制审核). */
		LEGAL_REVIEW,
		/** Signed off the refusal or partial disclosure (签发). */
		SIGN_OFF,
		/** Asked for the extension or reasonable delay. */
		EXTENSION_REQUEST,
		/** Approved the extension or reasonable delay (Art. 33(2): 负责人同意; Art. 35). */
		EXTENSION_APPROVAL
	}

	/** Two duties one person may not both do on the same draft or request, and why. */
	public record Rule(Duty first, Duty second, String why) {
	}

	/** Every pair that must differ. */
	public static final List<Rule> RULES = List.of(
			new Rule(Duty.DRAFT, Duty.REVIEW, "the reviewer checks someone else's draft"),
			new Rule(Duty.DRAFT, Duty.LEGAL_REVIEW, "legal staff check someone else's draft"),
			new Rule(Duty.DRAFT, Duty.SIGN_OFF, "the head signs off someone else's draft"),
			new Rule(Duty.REVIEW, Duty.SIGN_OFF, "the sign-off is a second approval, by someone other than the reviewer"),
			new Rule(Duty.LEGAL_REVIEW, Duty.SIGN_OFF,
					"the sign-off is a further approval, by someone other than the legal reviewer"),
			new Rule(Duty.EXTENSION_REQUEST, Duty.EXTENSION_APPROVAL,
					"an extension is approved by the head, not by whoever asked for it (Art. 33(2))"));

	private static final Map<Duty, String> WORDS = Map.of(Duty.DRAFT, "drafted this reply", Duty.REVIEW,
			"reviewed this draft", Duty.LEGAL_REVIEW, "legally reviewed this draft", Duty.SIGN_OFF,
			"signed off this draft", Duty.EXTENSION_REQUEST, "asked for this extension", Duty.EXTENSION_APPROVAL,
			"approved this extension");

	private SeparationOfDuties() {
	}

	/**
	 * Refuses {@code actor} doing {@code duty} when they did a duty that must be done by someone else.
	 *
	 * @param doneBy who did the other duties on the same draft or request (absent when nobody did)
	 */
	public static void check(Duty duty, String actor, Map<Duty, String> doneBy) {
		for (Rule rule : RULES) {
			Duty other = rule.first() == duty ? rule.second() : rule.second() == duty ? rule.first() : null;
			if (other != null && Objects.equals(doneBy.get(other), actor)) {
				throw new ActionNotAllowed("separationOfDuties", "You " + WORDS.get(other)
						+ ", so someone else must do this: " + rule.why());
			}
		}
	}
}
