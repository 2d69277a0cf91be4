package ogi.casework.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.reply.DeliveredReply;
import ogi.casework.reply.Outcome;
import ogi.casework.reply.ReplyManagement;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.NotFound;
import ogi.casework.shared.ReadsOnly;

/**
 * The road back to proactive disclosure (Arts. 44, 45): opens an agency's periodic review with the period's refusals
 * and partial disclosures and its clusters of similar applications from several applicants, records the decision on
 * each item — published proactively (title, date, where, the cases that led to it) or kept as it is (the reason) —
 * and lists what was published for the portal's reading room and the annual report.
 */
@Service
public class PublicationManagement {

	private final DisclosureReviews reviews;

	private final PublishedItems published;

	private final ReplyManagement replies;

	private final IntakeManagement intake;

	private final PublicationSettings settings;

	private final Clock clock;

	PublicationManagement(DisclosureReviews reviews, PublishedItems published, ReplyManagement replies, IntakeManagement intake,
			PublicationSettings settings, Clock clock) {
		this.reviews = reviews;
		this.published = published;
		this.replies = replies;
		this.intake = intake;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Opens the agency's review of the time since its last review (the first looks back
	 * {@link PublicationSettings#firstPeriodMonths()} months), up to yesterday; an agency reviewed up to yesterday
	 * already gets none.
	 */
	@Transactional
	public java.util.Optional<Review> openReview(String agencyCode, LocalDate today) {
		LocalDate to = today.minusDays(1);
		LocalDate from = reviews.latest(agencyCode).map(r -> r.periodTo().plusDays(1))
				.orElse(today.minusMonths(settings.firstPeriodMonths()));
		if (from.isAfter(to)) {
			return java.util.Optional.empty();
		}
		var review = new DisclosureReviews.NewReview(agencyCode, from, to, today);
		reviews.insert(review);
		long id = review.id;
		for (DeliveredReply reply : replies.deliveredBetween(agencyCode, from, to,
				List.of(Outcome.DENY, Outcome.PARTIAL))) {
			String summary = intake.find(agencyCode, reply.caseNumber()).map(a -> a.requestedInformation()).orElse("");
			reviews.insertItem(new DisclosureReviews.ItemRow(null, id, agencyCode,
					reply.outcome() == Outcome.DENY ? ReviewItem.Kind.REFUSAL : ReviewItem.Kind.PARTIAL,
					reply.caseNumber(), summary, reply.ground() == null ? null : reply.ground().name(), 1, null, null,
					null, null, null));
		}
		for (var cluster : intake.proactiveDisclosureCandidates(agencyCode)) {
			var within = cluster.applications().stream()
					.filter(m -> !m.receiptDate().isBefore(from) && !m.receiptDate().isAfter(to)).toList();
			if (within.isEmpty()) {
				continue;
			}
			var cases = cluster.applications().stream().map(m -> m.caseNumber()).toList();
			reviews.insertItem(new DisclosureReviews.ItemRow(null, id, agencyCode, ReviewItem.Kind.CLUSTER,
					String.join(",", cases), cluster.applications().get(0).requestedInformation(), null,
					cluster.applicants(), null, null, null, null, null));
		}
		var opened = reviews.find(agencyCode, id).orElseThrow();
		if (items(agencyCode, id).isEmpty()) {
			reviews.close(agencyCode, id, today);
			return reviews.find(agencyCode, id);
		}
		return java.util.Optional.of(opened);
	}

	@ReadsOnly
	public Review review(String agencyCode, long id) {
		return reviews.find(agencyCode, id).orElseThrow(() -> new NotFound("No review " + id));
	}

	@ReadsOnly
	public List<Review> reviews(String agencyCode) {
		return reviews.of(agencyCode);
	}

	@ReadsOnly
	public List<ReviewItem> items(String agencyCode, long reviewId) {
		return reviews.items(agencyCode, reviewId).stream().map(DisclosureReviews.ItemRow::item).toList();
	}

	/**
	 * Legal staff or the head decide one item; publishing records the published item with the cases that led to it.
	 * Returns the review, closed once every item is decided.
	 *
	 * @throws InvalidInput for a publication without title, date or place or with a link that is no web address, or a
	 *         keep without its reason
	 */
	@Transactional
	public Review decide(long reviewId, long itemId, ItemDecision form, CurrentUser user) {
		if (!user.has(Role.LEGAL) && !user.has(Role.HEAD)) {
			throw new AccessDeniedException("Legal staff or the head decide what to publish proactively");
		}
		String agency = user.agencyCode();
		// one decision of a review at a time: two people deciding its last two items at once must not each see the
		// other's as undecided (and neither close it), nor both decide one item
		var review = reviews.lock(agency, reviewId).orElseThrow(() -> new NotFound("No review " + reviewId));
		var item = items(agency, reviewId).stream().filter(i -> i.id() == itemId).findFirst()
				.orElseThrow(() -> new NotFound("No item " + itemId + " in review " + reviewId));
		if (item.decided()) {
			throw InvalidInput.of("decision", "once", "Item " + itemId + " was decided already: " + item.decision());
		}
		Instant now = Instant.now(clock);
		Long publishedId = null;
		if (form.decision() == ReviewItem.Decision.PUBLISH) {
			List<InvalidInput.FieldViolation> missing = new ArrayList<>();
			require(form.title(), "title", missing);
			require(form.location(), "location", missing);
			if (form.publishedOn() == null) {
				missing.add(new InvalidInput.FieldViolation("publishedOn", "required", "publishedOn is required"));
			}
			else if (form.publishedOn().isAfter(LocalDate.now(clock))) {
				missing.add(new InvalidInput.FieldViolation("publishedOn", "notInFuture", "publishedOn is in the future"));
			}
			// the reading room links to it: a web address only, never a script or a local file
			String link = blankToNull(form.link());
			if (link != null && !link.strip().matches("(?i)https?://[^\\s]+")) {
				missing.add(new InvalidInput.FieldViolation("link", "url",
						"link: a web address starting with http:// or https://"));
			}
			if (!missing.isEmpty()) {
				throw new InvalidInput(missing);
			}
			var created = new PublishedItems.NewItem(agency, form.title().strip(), form.publishedOn(),
					form.location().strip(), blankToNull(form.summary()), blankToNull(form.link()), user.username(), now);
			published.insert(created);
			publishedId = created.id;
			for (String caseNumber : item.caseNumbers()) {
				published.insertCase(publishedId, agency, caseNumber);
			}
		}
		else if (form.reason() == null || form.reason().isBlank()) {
			throw InvalidInput.of("reason", "required", "Keeping an item as it is needs the reason");
		}
		reviews.decide(agency, itemId, form.decision(), blankToNull(form.reason()), publishedId, user.username(), now);
		if (items(agency, reviewId).stream().allMatch(ReviewItem::decided)) {
			reviews.close(agency, reviewId, LocalDate.now(clock));
		}
		return review(agency, review.id());
	}

	/** What the agency published proactively, newest first, with the applications behind each. */
	@ReadsOnly
	public List<PublishedItem> published(String agencyCode) {
		return published.of(agencyCode).stream().map(row -> row.with(published.casesOf(row.id()))).toList();
	}

	/** Art. 50: how many applications led to proactive disclosure published in {@code year}. */
	@ReadsOnly
	public int applicationsLeadingToDisclosure(String agencyCode, int year) {
		return published.applicationsPublishedBetween(agencyCode, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	private static void require(String value, String field, List<InvalidInput.FieldViolation> missing) {
		if (value == null || value.isBlank()) {
			missing.add(new InvalidInput.FieldViolation(field, "required", field + " is required"));
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
