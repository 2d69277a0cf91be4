package ogi.casework.archive;

import ogi.casework.reply.Outcome;
import ogi.casework.shared.CaseStatus;

/**
 * Where a case stands, as the case module states it: the typed facts the evidence checklist needs and no other module
 * it depends on holds.
 *
 * @param outcome the case's outcome once concluded (a reply delivered, or an abandonment), else null
 * @param repliedOnTheSpot the clerk answered the application on the spot at registration (Art. 33(1))
 */
public record CaseState(CaseStatus status, Outcome outcome, boolean repliedOnTheSpot) {

	/** Deemed abandoned (Art. 30, F-5): no reply was due any more. */
	public boolean abandoned() {
		return outcome != null && outcome.isAbandonment();
	}
}
