package ogi.casework.litigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import ogi.casework.calendar.OfficialCalendar;
import ogi.casework.shared.Wording;

/**
 * The flags of a matter (see {@link MatterFlagKind}), computed from its facts every time it is read, and the
 * notifications they raise once, at the moment the flagged fact was recorded.
 */
@Component
class MatterFlags {

	/** 行政复议法 Art. 51: 「于举行听证的五日前」, working days by Art. 88. */
	static final int HEARING_NOTICE_WORKING_DAYS = 5;

	private final OfficialCalendar calendar;

	private final RepliedOutcomes outcomes;

	MatterFlags(OfficialCalendar calendar, RepliedOutcomes outcomes) {
		this.calendar = calendar;
		this.outcomes = outcomes;
	}

	List<MatterFlag> of(Matter matter) {
		var flags = new ArrayList<MatterFlag>();
		if (matter.kind() == MatterKind.LAWSUIT_DIRECT) {
			for (String caseNumber : matter.caseNumbers()) {
				outcomes.of(matter.agencyCode(), caseNumber).filter(outcome -> outcome.requiresReconsiderationFirst())
						.ifPresent(outcome -> flags.add(new MatterFlag(MatterFlagKind.DIRECT_SUIT_AGAINST_REFUSAL,
								"flag-direct-suit-" + caseNumber, caseNumber, null,
								MatterFlagKind.DIRECT_SUIT_AGAINST_REFUSAL.basis(), ("A lawsuit without reconsideration "
										+ "(未经复议直接起诉) against the %s reply of case %s: a refusal, wholly or in part, "
										+ "goes to reconsideration first (行政复议法 Art. 23(1)(四)), so the defence may "
										+ "object that the suit is not admissible (法释〔2025〕8号 Art. 1(二)). Check that "
										+ "the reply letter told the applicant to apply for reconsideration first "
										+ "(Art. 23 para. 2) — if it did not, the agency is at fault.")
										.formatted(outcome, caseNumber), outcome, null, null, null, null)));
			}
		}
		if (matter.kind() == MatterKind.RECONSIDERATION) {
			for (var hearing : matter.hearings()) {
				lateNotice(matter, hearing).ifPresent(flags::add);
			}
		}
		return flags;
	}

	/**
	 * T17: the notice must come at least five working days before the hearing. [I] Counted as the law counts periods
	 * (民事诉讼法 Art. 85 via 行政复议法 Art. 88): the day of receipt is not counted, so a hearing on the fifth working
	 * day after the notice or later is in time.
	 */
	private java.util.Optional<MatterFlag> lateNotice(Matter matter, Matter.Hearing hearing) {
		if (hearing.noticeReceivedOn() == null) {
			return java.util.Optional.empty();
		}
		LocalDate earliest = calendar.addWorkingDays(matter.agencyCode(), hearing.noticeReceivedOn(),
				HEARING_NOTICE_WORKING_DAYS).date();
		if (!hearing.heldOn().isBefore(earliest)) {
			return java.util.Optional.empty();
		}
		int given = calendar.workingDaysBetween(matter.agencyCode(), hearing.noticeReceivedOn(), hearing.heldOn());
		return java.util.Optional.of(new MatterFlag(MatterFlagKind.LATE_HEARING_NOTICE,
				"flag-late-hearing-notice-" + hearing.number() + "-" + hearing.heldOn() + "-" + hearing.noticeReceivedOn(),
				null, hearing.number(), MatterFlagKind.LATE_HEARING_NOTICE.basis(), ("The notice of hearing %d on %s "
						+ "reached the agency on %s; the hearing was on working day %d after it. The reconsideration body must give "
						+ "written notice at least %d working days before (行政复议法 Arts. 51, 88), so the earliest "
						+ "lawful date was %s. Recorded as the body acted; the agency may ask for a later date and "
						+ "raise the short notice with the body.").formatted(hearing.number(), hearing.heldOn(),
								hearing.noticeReceivedOn(), given, HEARING_NOTICE_WORKING_DAYS, earliest), null,
				hearing.heldOn(), hearing.noticeReceivedOn(), given, earliest));
	}

	/** One notification per flag, due when the flagged fact was recorded. */
	List<Alarm> alarms(Matter matter, List<MatterFlag> flags) {
		var alarms = new ArrayList<Alarm>();
		String ref = "%s %s (%s)".formatted(matter.body(), matter.referenceNumber(),
				MatterDeadlines.kindText(matter.kind()));
		for (var flag : flags) {
			var at = flag.hearingNumber() == null ? matter.registeredAt()
					: matter.hearings().stream().filter(h -> h.number() == flag.hearingNumber()).findFirst()
							.map(Matter.Hearing::recordedAt).orElse(matter.registeredAt());
			alarms.add(new Alarm(flag.key(), at, false, flag.kind().recipients(), ref + ": " + flag.explanation(),
					Wording.of("notification.alarm.flag", Wording.value(ref),
							Wording.label("matterFlag." + flag.kind().name()))));
		}
		return alarms;
	}
}
