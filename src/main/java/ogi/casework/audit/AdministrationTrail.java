package ogi.casework.audit;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import ogi.casework.shared.AdministrationEvent;

/** The append-only administration audit table: there is deliberately no update or delete. */
@Mapper
interface AdministrationTrail {

	void append(@Param("event") AdministrationEvent event, @Param("subject") String subject,
			@Param("detail") String detail);

	/** The latest {@code limit} entries, newest first; of one agency, or of all when {@code agencyCode} is null. */
	List<AdministrationEntry> latest(@Param("agencyCode") String agencyCode, @Param("limit") int limit);
}
