package ogi.casework.casework;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Notifications to users and roles. */
@Mapper
interface Notifications {

	void insert(Notification notification);

	List<Notification> forRecipients(@Param("agencyCode") String agencyCode,
			@Param("recipients") Collection<String> recipients, @Param("limit") int limit);

	List<Notification> ofCase(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);
}
