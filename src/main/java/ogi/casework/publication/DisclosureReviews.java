package ogi.casework.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Periodic reviews and their items, by agency. */
@Mapper
interface DisclosureReviews {

	void insert(@Param("review") NewReview review);

	void insertItem(@Param("item") ItemRow item);

	Optional<Review> find(@Param("agencyCode") String agencyCode, @Param("id") long id);

	/** The review, its row locked until the transaction ends. */
	Optional<Review> lock(@Param("agencyCode") String agencyCode, @Param("id") long id);

	/** The agency's latest review, which the next one continues from. */
	Optional<Review> latest(@Param("agencyCode") String agencyCode);

	List<Review> of(@Param("agencyCode") String agencyCode);

	List<ItemRow> items(@Param("agencyCode") String agencyCode, @Param("reviewId") long reviewId);

	int decide(@Param("agencyCode") String agencyCode, @Param("id") long id,
			@Param("decision") ReviewItem.Decision decision, @Param("reason") String reason,
			@Param("publishedItemId") Long publishedItemId, @Param("decidedBy") String decidedBy,
			@Param("decidedAt") Instant decidedAt);

	void close(@Param("agencyCode") String agencyCode, @Param("id") long id, @Param("closedOn") LocalDate closedOn);

	/** A review to insert; its generated id is written back. */
	final class NewReview {

		public Long id;

		public String agencyCode;

		public LocalDate periodFrom;

		public LocalDate periodTo;

		public LocalDate openedOn;

		NewReview(String agencyCode, LocalDate periodFrom, LocalDate periodTo, LocalDate openedOn) {
			this.agencyCode = agencyCode;
			this.periodFrom = periodFrom;
			this.periodTo = periodTo;
			this.openedOn = openedOn;
		}
	}

	/** An item as stored: the case numbers comma-separated. */
	record ItemRow(Long id, Long reviewId, String agencyCode, ReviewItem.Kind kind, String caseNumbers,
			String summary, String ground, int applicants, ReviewItem.Decision decision, String reason,
			Long publishedItemId, String decidedBy, Instant decidedAt) {

		ReviewItem item() {
			return new ReviewItem(id, reviewId, agencyCode, kind, List.of(caseNumbers.split(",")), summary, ground,
					applicants, decision, reason, publishedItemId, decidedBy, decidedAt);
		}
	}
}
