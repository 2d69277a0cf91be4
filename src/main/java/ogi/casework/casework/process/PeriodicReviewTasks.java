package ogi.casework.casework.process;

import org.springframework.stereotype.Component;

import ogi.casework.casework.PeriodicReviews;
import ogi.casework.publication.PublicationSettings;

/**
 * The one bean behind every expression of {@code periodic-review.bpmn20.xml} (processes periodicReview and
 * disclosureReview). Its bean name and method signatures are a persisted contract: the timer start event and running
 * instances call them by name, so rename nothing without a migration.
 */
@Component("periodicReviewTasks")
public class PeriodicReviewTasks {

	private final PeriodicReviews reviews;

	private final PublicationSettings settings;

	PeriodicReviewTasks(PeriodicReviews reviews, PublicationSettings settings) {
		this.reviews = reviews;
		this.settings = settings;
	}

	/** When reviews open: the cron cycle of {@code ogi.publication.review-cycle}, read when the model is deployed. */
	public String cycle() {
		return settings.reviewCycle();
	}

	/** Art. 44: opens a review for each agency and starts its disclosureReview process. */
	public void openReviews() {
		reviews.openAll();
	}

	/** Reminds legal staff and the head of an undecided review. */
	public void remind(String agencyCode, long reviewId) {
		reviews.remind(agencyCode, reviewId);
	}

	/** Escalates an undecided review to the head. */
	public void escalate(String agencyCode, long reviewId) {
		reviews.escalate(agencyCode, reviewId);
	}
}
