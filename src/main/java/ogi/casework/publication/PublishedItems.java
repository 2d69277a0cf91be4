package ogi.casework.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The agency's proactively published items and the applications that led to each. */
@Mapper
interface PublishedItems {

	void insert(@Param("item") NewItem item);

	void insertCase(@Param("itemId") long itemId, @Param("agencyCode") String agencyCode,
			@Param("caseNumber") String caseNumber);

	/** Newest first. */
	List<ItemRow> of(@Param("agencyCode") String agencyCode);

	List<String> casesOf(@Param("itemId") long itemId);

	/** How many applications led to items published in {@code [from, to]} (Art. 50 annual report). */
	int applicationsPublishedBetween(@Param("agencyCode") String agencyCode, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	/** An item as stored, without its cases. */
	record ItemRow(long id, String agencyCode, String title, LocalDate publishedOn, String location, String summary,
			String link, String createdBy, Instant createdAt) {

		PublishedItem with(List<String> caseNumbers) {
			return new PublishedItem(id, agencyCode, title, publishedOn, location, summary, link, caseNumbers,
					createdBy, createdAt);
		}
	}

	/** An item to insert; its generated id is written back. */
	final class NewItem {

		public Long id;

		public String agencyCode;

		public String title;

		public LocalDate publishedOn;

		public String location;

		public String summary;

		public String link;

		public String createdBy;

		public Instant createdAt;

		NewItem(String agencyCode, String title, LocalDate publishedOn, String location, String summary, String link,
				String createdBy, Instant createdAt) {
			this.agencyCode = agencyCode;
			this.title = title;
			this.publishedOn = publishedOn;
			this.location = location;
			this.summary = summary;
			this.link = link;
			this.createdBy = createdBy;
			this.createdAt = createdAt;
		}
	}
}
