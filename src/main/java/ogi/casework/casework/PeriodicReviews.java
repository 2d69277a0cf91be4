package ogi.casework.casework;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.AccountManagement;
import ogi.casework.accounts.Agency;
import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.casework.process.ReviewProcesses;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.publication.ItemDecision;
import ogi.casework.publication.PublicationManagement;
import ogi.casework.publication.PublicationSettings;
import ogi.casework.publication.Review;
import ogi.casework.shared.CaseworkSettings;
import ogi.casework.shared.Today;
import ogi.casework.shared.Wording;

/**
 * The periodic review of what should be published proactively (Arts. 44, 45) as work: opened for every agency when
 * the periodicReview timer fires, reminded and escalated while undecided, closed when legal staff or the head have
 * decided every item.
 */
@Service
public class PeriodicReviews {

	static final String REMINDER = "REVIEW_REMINDER";

	static final String ESCALATION = "REVIEW_OVERDUE";

	private final PublicationManagement publication;

	private final ReviewProcesses processes;

	private final AccountManagement accounts;

	private final DeadlineManagement deadlines;

	private final Notifying notifying;

	private final PublicationSettings settings;

	private final CaseworkSettings casework;

	private final Today today;

	PeriodicReviews(PublicationManagement publication, ReviewProcesses processes, AccountManagement accounts,
			DeadlineManagement deadlines, Notifying notifying, PublicationSettings settings, CaseworkSettings casework,
			Today today) {
		this.publication = publication;
		this.processes = processes;
		this.accounts = accounts;
		this.deadlines = deadlines;
		this.notifying = notifying;
		this.settings = settings;
		this.casework = casework;
		this.today = today;
	}

	/** Opens each agency's review of the time since its last one; a review with items waits for decisions. */
	@Transactional
	public List<Review> openAll() {
		LocalDate on = today.date();
		List<Review> opened = new java.util.ArrayList<>();
		for (Agency agency : accounts.agencies()) {
			publication.openReview(agency.code(), on).filter(review -> !review.decided()).ifPresent(review -> {
				processes.start(agency.code(), review.id(),
						at(workingDaysAfter(agency.code(), on, settings.reminderWorkingDays())),
						at(workingDaysAfter(agency.code(), on, settings.escalationWorkingDays())));
				opened.add(review);
			});
		}
		return opened;
	}

	/** Legal staff or the head decide one item; the review's process ends once every item is decided. */
	@Transactional
	public Review decide(long reviewId, long itemId, ItemDecision form, CurrentUser user) {
		Review review = publication.decide(reviewId, itemId, form, user);
		if (review.decided()) {
			processes.decided(user.agencyCode(), reviewId);
		}
		return review;
	}

	@Transactional
	public void remind(String agencyCode, long reviewId) {
		var review = publication.review(agencyCode, reviewId);
		if (review.decided()) {
			return;
		}
		String message = "Periodic review " + reviewId + " of " + review.periodFrom() + " to " + review.periodTo()
				+ " (Art. 44) has undecided items";
		for (Role role : List.of(Role.LEGAL, Role.HEAD)) {
			notifying.notify(agencyCode, "role:" + role.name(), reference(reviewId), REMINDER, message,
					Wording.ofValues("notification.reviewReminder", reviewId, review.periodFrom(), review.periodTo()));
		}
	}

	@Transactional
	public void escalate(String agencyCode, long reviewId) {
		var review = publication.review(agencyCode, reviewId);
		if (review.decided()) {
			return;
		}
		notifying.notify(agencyCode, "role:" + Role.HEAD.name(), reference(reviewId), ESCALATION,
				"Periodic review " + reviewId + " (Art. 44) opened on " + review.openedOn() + " is still undecided after "
						+ settings.escalationWorkingDays() + " working days",
				Wording.ofValues("notification.reviewOverdue", reviewId, review.openedOn(),
						settings.escalationWorkingDays()));
	}

	/** Notifications are filed under a case number; a review's stand under its own reference. */
	static String reference(long reviewId) {
		return "REVIEW-" + reviewId;
	}

	private LocalDate workingDaysAfter(String agencyCode, LocalDate from, int workingDays) {
		LocalDate day = from;
		while (deadlines.workingDaysBetween(agencyCode, from, day) < workingDays) {
			day = day.plusDays(1);
		}
		return day;
	}

	private Date at(LocalDate day) {
		return Date.from(day.atTime(casework.reminderHour(), 0).atZone(casework.zone()).toInstant());
	}
}
