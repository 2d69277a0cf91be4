package ogi.casework.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ogi.casework.deadlines.RemedyPeriod;
import ogi.casework.litigation.DeadlineState;
import ogi.casework.litigation.Matter;
import ogi.casework.litigation.MatterDeadline;
import ogi.casework.litigation.MatterFlag;
import ogi.casework.litigation.MatterFlagKind;
import ogi.casework.litigation.MatterKind;
import ogi.casework.litigation.Procedure;
import ogi.casework.litigation.ServedDocument;

/**
 * A matter's deadlines, faults and flags in the reader's language, worded from their typed values — the deadline's
 * code, dates and state, the matter's kind, procedure and served document, the flag's facts — never from the English
 * sentences the litigation module keeps for its API.
 */
@Component
class MatterWording {

	private final MessageSource messages;

	MatterWording(MessageSource messages) {
		this.messages = messages;
	}

	/** Every deadline of a matter in words. */
	List<DeadlineLine> deadlines(Matter matter, List<MatterDeadline> deadlines, Locale locale) {
		return deadlines.stream().map(d -> line(matter.kind(), matter, d, locale)).toList();
	}

	/** The next deadline of a listed matter, without the matter's particulars (hearing place, served document). */
	DeadlineLine next(MatterKind kind, MatterDeadline deadline, Locale locale) {
		return deadline == null ? null : line(kind, null, deadline, locale);
	}

	private DeadlineLine line(MatterKind kind, Matter matter, MatterDeadline d, Locale locale) {
		String variant = d.code().equals("T17") ? (kind.lawsuit() ? ".court" : ".reconsideration") : "";
		String what = msg("matterDeadline." + d.code() + variant + ".what", locale);
		String basis = msg("matterDeadline." + d.code() + variant + ".basis", locale);
		String computation = matter == null ? null : computation(matter, d, locale);
		if (computation != null && d.provisional()) {
			computation += msg("matterDeadline.provisional", locale);
		}
		String consequence = d.code().equals("T15") || d.code().equals("T21")
				? msg("matterDeadline." + d.code() + ".consequence", locale) : null;
		String state = msg("matterDeadline.state." + d.state().name(), locale);
		String days = d.open() ? (d.daysLeft() >= 0 ? msg("matterDeadline.daysLeft", locale, d.daysLeft())
				: msg("matterDeadline.daysPassed", locale, -d.daysLeft())) : null;
		String fault = d.fault() ? msg("matterDeadline.fault", locale, what, state, d.dueOn(), consequence) : null;
		return new DeadlineLine(d.code(), d.key(), what, basis, computation, d.state(), state, d.dueOn(), days,
				d.provisional(), d.open(), fault);
	}

	private String computation(Matter matter, MatterDeadline d, Locale locale) {
		return switch (d.code()) {
			case "T15" -> {
				boolean simplified = matter.procedure() == Procedure.SIMPLIFIED;
				yield msg("matterDeadline.T15.computation", locale, d.startedOn(), simplified ? 5 : 10,
						msg("enum.Procedure." + matter.procedure().name(), locale), simplified ? 54 : 48, d.dueOn());
			}
			case "T21" -> calendarDays("T21", d, RemedyPeriod.T21.length(), locale);
			case "T18" -> calendarDays("T18", d, RemedyPeriod.T18.length(), locale);
			case "T23" -> {
				ServedDocument document = matter.service() == null ? ServedDocument.JUDGMENT
						: matter.service().document();
				int days = document.appealDays();
				yield msg("matterDeadline.T23.computation", locale,
						msg("enum.ServedDocument." + document.name(), locale), d.startedOn(), days, d.dueOn(),
						rolled(d.startedOn().plusDays(days), d.dueOn(), locale));
			}
			case "T17" -> {
				String place = matter.hearings().stream()
						.filter(h -> d.key().equals("T17-" + h.number())).findFirst().map(Matter.Hearing::place)
						.map(p -> msg("matterDeadline.T17.place", locale, p)).orElse("");
				yield msg("matterDeadline.T17.computation", locale, d.dueOn(), place);
			}
			default -> null;
		};
	}

	private String calendarDays(String code, MatterDeadline d, int days, Locale locale) {
		return msg("matterDeadline." + code + ".computation", locale, d.startedOn(), days, d.dueOn(),
				rolled(d.startedOn().plusDays(days), d.dueOn(), locale));
	}

	/** 民事诉讼法 Art. 85: a period whose last day is a rest day ends on the next working day. */
	private String rolled(LocalDate plain, LocalDate due, Locale locale) {
		return plain.equals(due) ? "" : msg("matterDeadline.rolled", locale, plain, due);
	}

	/** A flag in words: what it is, the facts and the rule, and the articles. */
	FlagLine flag(MatterFlag flag, Locale locale) {
		String explanation = switch (flag.kind()) {
			case DIRECT_SUIT_AGAINST_REFUSAL -> msg("matterFlag.DIRECT_SUIT_AGAINST_REFUSAL.explanation", locale,
					flag.caseNumber(), flag.outcome() == null ? "" : msg("enum.Outcome." + flag.outcome().name(), locale));
			case LATE_HEARING_NOTICE -> msg("matterFlag.LATE_HEARING_NOTICE.explanation", locale,
					flag.hearingNumber(), flag.heldOn(), flag.noticeReceivedOn(), flag.workingDaysGiven(),
					flag.earliestLawfulOn());
		};
		return new FlagLine(flag.kind(), msg("matterFlag." + flag.kind().name(), locale), explanation,
				msg("matterFlag." + flag.kind().name() + ".basis", locale));
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/**
	 * One deadline in words.
	 *
	 * @param computation how the date was computed; null on the list, which lacks the matter's particulars
	 * @param daysLeft "n days left" or "n days passed" while it is open, else null
	 * @param fault the fault in one sentence when missing the deadline is one, else null
	 */
	record DeadlineLine(String code, String key, String what, String basis, String computation, DeadlineState state,
			String stateText, LocalDate dueOn, String daysLeft, boolean provisional, boolean open, String fault) {
	}

	/** One flag in words. */
	record FlagLine(MatterFlagKind kind, String label, String explanation, String basis) {
	}
}
