package ogi.casework.documents;

import java.time.Instant;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Agencies' own letterheads; every query takes the agency code. */
@Mapper
interface Letterheads {

	Optional<Row> find(@Param("agencyCode") String agencyCode);

	void insert(@Param("agencyCode") String agencyCode, @Param("l") DocumentSettings.Letterhead letterhead,
			@Param("updatedBy") String updatedBy, @Param("updatedAt") Instant updatedAt);

	int update(@Param("agencyCode") String agencyCode, @Param("l") DocumentSettings.Letterhead letterhead,
			@Param("updatedBy") String updatedBy, @Param("updatedAt") Instant updatedAt);

	/** A stored letterhead; a null value falls back to the settings. */
	record Row(String agencyCode, String agencyName, String reconsiderationBody, String court, String contact) {

		DocumentSettings.Letterhead letterhead() {
			return new DocumentSettings.Letterhead(agencyName, reconsiderationBody, court, contact);
		}
	}
}
