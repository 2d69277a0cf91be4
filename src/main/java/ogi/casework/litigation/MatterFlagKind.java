package ogi.casework.litigation;

import java.util.Set;

import ogi.casework.accounts.Role;

/** What a matter may be flagged for: facts legal staff must know about, recorded as the body or court acted. */
public enum MatterFlagKind {

	/**
	 * 行政复议法 (2023) Art. 23(1)(四), spec §7 G-2: against a refusal, wholly or in part (DENY, PARTIAL), the applicant
	 * must apply for reconsideration before suing; a suit registered as direct (未经复议) against such a reply may be
	 * objected to as inadmissible (法释〔2025〕8号 Art. 1(二)), and the reply letter had to say so (Art. 23 para. 2).
	 */
	DIRECT_SUIT_AGAINST_REFUSAL("行政复议法 Art. 23(1)(四), para. 2; 法释〔2025〕8号 Art. 1(二); spec §7 G-2",
			Set.of(Role.LEGAL)),

	/**
	 * 行政复议法 Arts. 51, 88, spec T17: the reconsideration body notifies the hearing in writing at least five working
	 * days before it; the agency received its notice later. Flagged, not refused: the agency records what the body did.
	 */
	LATE_HEARING_NOTICE("行政复议法 Arts. 51, 88; spec T17", Set.of(Role.LEGAL, Role.HEAD));

	private final String basis;

	private final Set<Role> recipients;

	MatterFlagKind(String basis, Set<Role> recipients) {
		this.basis = basis;
		this.recipients = recipients;
	}

	public String basis() {
		return basis;
	}

	/** Who is notified when the flag is raised. */
	public Set<Role> recipients() {
		return recipients;
	}
}
