package ogi.casework.casework;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ogi.casework.accounts.CurrentUser;
import ogi.casework.publication.ItemDecision;
import ogi.casework.publication.PublicationManagement;
import ogi.casework.publication.PublishedItem;
import ogi.casework.publication.Review;
import ogi.casework.publication.ReviewItem;

/** The agency's periodic reviews for proactive disclosure (Arts. 44, 45), for legal staff and the head. */
@RestController
@RequestMapping("/api/publication-reviews")
@Tag(name = "Proactive disclosure", description = "Periodic reviews of refusals, partial disclosures and clusters")
@PreAuthorize("hasAnyRole('LEGAL', 'HEAD')")
class PeriodicReviewController {

	private final PeriodicReviews reviews;

	private final PublicationManagement publication;

	PeriodicReviewController(PeriodicReviews reviews, PublicationManagement publication) {
		this.reviews = reviews;
		this.publication = publication;
	}

	/** A review with its items. */
	record ReviewView(Review review, List<ReviewItem> items) {
	}

	@GetMapping
	@Operation(summary = "The agency's periodic reviews, newest first")
	List<Review> reviews(CurrentUser user) {
		return publication.reviews(user.agencyCode());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One review: its refusals, partial disclosures and clusters, each with its decision")
	ReviewView review(@PathVariable long id, CurrentUser user) {
		return new ReviewView(publication.review(user.agencyCode(), id), publication.items(user.agencyCode(), id));
	}

	@PostMapping("/{id}/items/{itemId}/decision")
	@Operation(summary = "Decide an item: publish proactively (title, date, where) or keep it as it is (reason)")
	ReviewView decide(@PathVariable long id, @PathVariable long itemId, @Valid @RequestBody ItemDecision decision,
			CurrentUser user) {
		reviews.decide(id, itemId, decision, user);
		return review(id, user);
	}

	@GetMapping("/published")
	@Operation(summary = "What the agency published proactively after reviews, with the applications behind each")
	List<PublishedItem> published(CurrentUser user) {
		return publication.published(user.agencyCode());
	}
}
