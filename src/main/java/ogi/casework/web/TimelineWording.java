package ogi.casework.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ogi.casework.audit.AuditEntry;
import ogi.casework.casework.CaseView;
import ogi.casework.deadlines.Deadline;
import ogi.casework.review.ReviewDecision;
import ogi.casework.review.ReviewStage;

/**
 * The case's timeline and ledger in the reader's language, worded from typed values — the audit line's action code
 * and statuses, the case's review decisions, channel and dates, the ledger entry's kind and cause — never from the
 * English detail stored with the audit line, which only the English page shows.
 */
@Component
class TimelineWording {

	/** How far apart an audit line and the review decision it records may be stamped. */
	private static final Duration SAME_ACTION = Duration.ofSeconds(5);

	private final MessageSource messages;

	TimelineWording(MessageSource messages) {
		this.messages = messages;
	}

	List<Line> timeline(CaseView view, Locale locale) {
		boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
		List<Line> lines = new ArrayList<>();
		int drafts = 0;
		for (AuditEntry e : view.history()) {
			if ("REPLY_DRAFTED".equals(e.action())) {
				drafts++;
			}
			String label = messages.getMessage("audit." + e.action(), null, null, locale);
			if (label == null) {
				label = messages.getMessage("audit.other", null, locale);
			}
			String detail = english ? e.detail() : detail(e, view, drafts, locale);
			lines.add(new Line(e.action(), e.at(), e.actor(), label, detail));
		}
		return lines;
	}

	private String detail(AuditEntry e, CaseView view, int drafts, Locale locale) {
		String change = Objects.equals(e.fromStatus(), e.toStatus()) || e.toStatus() == null ? ""
				: msg("timeline.statusChange", locale, status(e.fromStatus(), locale), status(e.toStatus(), locale));
		String specific = switch (e.action()) {
			case "APPLICATION_RECEIVED" -> view.request().channel() == null ? null
					: msg("timeline.received", locale, msg("enum.Channel." + view.request().channel(), locale),
							view.receiptDate());
			case "REPLY_DRAFTED" -> msg("timeline.drafted", locale, drafts);
			case "REPLY_APPROVED", "REPLY_RETURNED" -> review(e, view, ReviewStage.REVIEW, locale);
			case "LEGAL_REVIEW_APPROVED", "LEGAL_REVIEW_RETURNED" -> review(e, view, ReviewStage.LEGAL_REVIEW, locale);
			case "REPLY_SIGNED_OFF", "SIGN_OFF_RETURNED" -> review(e, view, ReviewStage.SIGN_OFF, locale);
			case "REPLY_DELIVERED" -> view.delivery() == null ? null
					: msg("timeline.delivered", locale, msg("enum.DeliveryMethod." + view.delivery().method(), locale),
							view.delivery().deliveredOn());
			default -> null;
		};
		if (specific == null) {
			return change;
		}
		return change.isEmpty() ? specific : specific + msg("timeline.separator", locale) + change;
	}

	private String review(AuditEntry e, CaseView view, ReviewStage stage, Locale locale) {
		return view.reviews().stream()
				.filter(d -> d.stage() == stage && d.decidedBy().equals(e.actor()) && near(d.decidedAt(), e.at()))
				.reduce((first, second) -> second)
				.map(d -> d.reason() == null || d.reason().isBlank()
						? msg("timeline.review", locale, d.draftVersion(), msg("verdict." + d.verdict(), locale))
						: msg("timeline.reviewWithReason", locale, d.draftVersion(),
								msg("verdict." + d.verdict(), locale), d.reason()))
				.orElse(null);
	}

	private static boolean near(Instant a, Instant b) {
		return a != null && b != null && Duration.between(a, b).abs().compareTo(SAME_ACTION) <= 0;
	}

	/** The legal basis of a ledger entry in the reader's words. */
	String basis(Deadline deadline, Locale locale) {
		return msg("deadline.basis." + deadline.kind(), locale);
	}

	/** Why a ledger entry was computed, from its typed cause (and the number of what caused it). */
	String reason(Deadline deadline, Locale locale) {
		if (deadline.cause() == null) {
			return msg("deadline.cause.UNKNOWN", locale);
		}
		return msg("deadline.cause." + deadline.cause(), locale,
				deadline.causeNumber() == null ? "" : deadline.causeNumber());
	}

	private String status(String status, Locale locale) {
		return status == null ? msg("timeline.noStatus", locale) : msg("status." + status, locale);
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** One line of the timeline as shown. */
	record Line(String action, Instant at, String actor, String label, String detail) {
	}
}
