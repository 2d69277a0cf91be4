package ogi.casework.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ogi.casework.consultation.Assistance;
import ogi.casework.consultation.Consultation;
import ogi.casework.consultation.ConsultationKind;
import ogi.casework.consultation.Opinion;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.InvalidInput.FieldViolation;

/** What each outcome's reply must contain (spec §3 R-36 table, R-37, R-38, R-39; §8.3 items 6–7). */
final class ReplyContentRule {

	private ReplyContentRule() {
	}

	/**
	 * @param search the latest search record of the case, if any
	 * @param earlierCase what {@code earlierCaseNumber} names, for a REPEAT (Art. 36(6))
	 * @throws InvalidInput naming every missing or contradictory field
	 */
	static void check(DraftForm form, Optional<SearchRecord> search, EarlierCase earlierCase) {
		check(form, search, earlierCase, List.of(), List.of());
	}

	/**
	 * @param consultations the case's consultations and their answers: a third party's objection or silence
	 *        constrains what may be disclosed (Art. 32); another agency's silence counts as consent (Art. 34)
	 * @param assistance other departments' answers, which join the search record (spec §8.3 item 6)
	 */
	static void check(DraftForm form, Optional<SearchRecord> search, EarlierCase earlierCase,
			List<Consultation> consultations, List<Assistance> assistance) {
		List<FieldViolation> violations = new ArrayList<>();
		checkThirdParties(form, consultations, violations);
		if (form.outcome() == Outcome.NOT_EXIST) {
			assistance.stream().filter(Assistance::isPending).findFirst().ifPresent(a -> violations.add(
					new FieldViolation("assistance", "assistancePending", a.department()
							+ " has not answered the search request yet; NOT_EXIST needs every search done")));
			assistance.stream().filter(a -> Boolean.TRUE.equals(a.found())).findFirst().ifPresent(a -> violations
					.add(new FieldViolation("assistance", "consistent", a.department()
							+ " found the information, so the reply cannot say it does not exist")));
		}
		Outcome outcome = form.outcome();
		if (!outcome.isDraftable()) {
			violations.add(new FieldViolation("outcome", "draftable", outcome
					+ " is concluded by the process when the supplement or payment period passes, not drafted"));
		}
		if (outcome != Outcome.DENY && form.ground() != null) {
			violations.add(new FieldViolation("ground", "onlyForDeny",
					"An exemption ground belongs to a DENY reply; a PARTIAL reply gives one per withheld part"));
		}
		switch (outcome) {
			case DENY -> {
				if (form.ground() == null) {
					violations.add(new FieldViolation("ground", "required",
							"A refusal names its legal ground (Art. 36(3) with Arts. 14–16)"));
				}
				requireReasons(form, violations, "A refusal gives its reasons (Art. 36(3))");
			}
			case PARTIAL -> {
				if (form.withheldParts() == null || form.withheldParts().isEmpty()) {
					violations.add(new FieldViolation("withheldParts", "required",
							"A partial disclosure lists each withheld part with its ground and reasons (Art. 37)"));
				}
				require(form.accessDetails(), "accessDetails", violations,
						"Say how, where and when the disclosable part is provided (Arts. 36(2), 37)");
			}
			case DISCLOSE -> require(form.accessDetails(), "accessDetails", violations,
					"Say how, where and when the information is provided (Art. 36(2))");
			case ALREADY_PUBLIC -> require(form.accessDetails(), "accessDetails", violations,
					"Say where the information was published and how to get it (Art. 36(1))");
			case PUBLICATION -> require(form.accessDetails(), "accessDetails", violations,
					"Say how to obtain the publication (Art. 39(2))");
			case NOT_EXIST -> {
				if (search.isEmpty()) {
					violations.add(new FieldViolation("searchRecord", "required",
							"A NOT_EXIST reply rests on a recorded search (Art. 36(4) 经检索); record the search first"));
				}
				else if (search.get().found()) {
					violations.add(new FieldViolation("searchRecord", "consistent",
							"The recorded search found the information, so the reply cannot say it does not exist"));
				}
				requireReasons(form, violations, "Say that the information does not exist after the search");
			}
			case NOT_RESPONSIBLE -> requireReasons(form, violations,
					"Explain why this agency is not responsible (Art. 36(5), Art. 10)");
			case REPEAT -> {
				require(form.earlierCaseNumber(), "earlierCaseNumber", violations,
						"Name the earlier case that answered the same request (Art. 36(6))");
				if (form.earlierCaseNumber() != null && !form.earlierCaseNumber().isBlank()) {
					earlierCase(form.earlierCaseNumber().strip(), earlierCase, violations);
				}
			}
			default -> requireReasons(form, violations, "Give the reasons for this outcome (" + outcome.article() + ")");
		}
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations);
		}
	}

	/**
	 * Art. 32: an objection with reasonable grounds means withholding (DENY on THIRD_PARTY_RIGHTS, or a PARTIAL that
	 * withholds on that ground) unless the agency records a public-interest override; silence is not consent, so a
	 * disclosure after silence gives the agency's own reasons.
	 */
	private static void checkThirdParties(DraftForm form, List<Consultation> consultations,
			List<FieldViolation> violations) {
		var thirdParties = consultations.stream().filter(c -> c.kind() == ConsultationKind.THIRD_PARTY).toList();
		boolean discloses = form.outcome() == Outcome.DISCLOSE || form.outcome() == Outcome.PARTIAL;
		boolean withholdsForThirdParty = form.outcome() == Outcome.PARTIAL && form.withheldParts() != null
				&& form.withheldParts().stream().anyMatch(p -> p.ground() == ExemptionGround.THIRD_PARTY_RIGHTS);
		var objecting = thirdParties.stream().filter(c -> c.opinion() == Opinion.OBJECTS).map(Consultation::party)
				.toList();
		if (discloses && !objecting.isEmpty() && !withholdsForThirdParty && form.publicInterestOverride() == null) {
			violations.add(new FieldViolation("publicInterestOverride", "thirdPartyObjection", String.join(", ",
					objecting) + " objected (Art. 32): withhold (DENY on THIRD_PARTY_RIGHTS, or withhold that part), or"
					+ " record the public-interest override with its reasoning and the notice to the third party"));
		}
		if (form.publicInterestOverride() != null && objecting.isEmpty()) {
			violations.add(new FieldViolation("publicInterestOverride", "onlyAfterObjection",
					"A public-interest override answers a third party's objection; no third party objected"));
		}
		boolean silentThirdParty = thirdParties.stream().anyMatch(c -> c.opinion() == Opinion.NO_ANSWER);
		if (discloses && silentThirdParty && (form.reasons() == null || form.reasons().isBlank())) {
			violations.add(new FieldViolation("reasons", "thirdPartySilence",
					"A third party did not answer: silence is not consent (Art. 32), so say why the agency decided to disclose"));
		}
	}

	/**
	 * Art. 36(6): 「行政机关已就申请人提出的政府信息公开申请作出答复、申请人重复申请公开相同政府信息的」 — the earlier
	 * application is the same applicant's, and answered.
	 */
	private static void earlierCase(String number, EarlierCase earlier, List<FieldViolation> violations) {
		switch (earlier) {
			case ANSWERED_SAME_APPLICANT -> {
			}
			case NOT_FOUND -> violations.add(new FieldViolation("earlierCaseNumber", "exists",
					"No case " + number + " in this agency that was already answered (Art. 36(6))"));
			case THIS_CASE -> violations.add(new FieldViolation("earlierCaseNumber", "notThisCase",
					"A repeat cites an earlier application, not case " + number + " itself (Art. 36(6))"));
			case OTHER_APPLICANT -> violations.add(new FieldViolation("earlierCaseNumber", "sameApplicant",
					"Case " + number + " is another applicant's application (another identity number); Art. 36(6) "
							+ "covers only the same applicant applying again for information already answered"));
			case NOT_ANSWERED -> violations.add(new FieldViolation("earlierCaseNumber", "answered",
					"Case " + number + " has no delivered reply; Art. 36(6) covers only a request already answered"));
		}
	}

	private static void requireReasons(DraftForm form, List<FieldViolation> violations, String message) {
		require(form.reasons(), "reasons", violations, message);
	}

	private static void require(String value, String field, List<FieldViolation> violations, String message) {
		if (value == null || value.isBlank()) {
			violations.add(new FieldViolation(field, "required", message));
		}
	}
}
