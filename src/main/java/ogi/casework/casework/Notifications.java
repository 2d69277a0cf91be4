package ogi.casework.casework;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import ogi.casework.shared.Wording;

/** Notifications to users and roles. */
@Mapper
interface Notifications {

	void insert(@Param("n") Notification notification, @Param("messageKey") String messageKey,
			@Param("arguments") String arguments);

	default void insert(Notification notification) {
		Wording wording = notification.wording();
		insert(notification, wording == null ? null : wording.key(), wording == null ? null : wording.storedArguments());
	}

	List<Row> rowsForRecipients(@Param("agencyCode") String agencyCode,
			@Param("recipients") Collection<String> recipients, @Param("limit") int limit);

	default List<Notification> forRecipients(String agencyCode, Collection<String> recipients, int limit) {
		return rowsForRecipients(agencyCode, recipients, limit).stream().map(Row::notification).toList();
	}

	List<Row> rowsOfCase(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	default List<Notification> ofCase(String agencyCode, String caseNumber) {
		return rowsOfCase(agencyCode, caseNumber).stream().map(Row::notification).toList();
	}

	/** A stored notification, its wording's arguments in one column. */
	record Row(Long id, String agencyCode, String recipient, String caseNumber, String kind, String message,
			String messageKey, String arguments, Instant createdAt) {

		Notification notification() {
			return new Notification(id, agencyCode, recipient, caseNumber, kind, message,
					Wording.stored(messageKey, arguments), createdAt);
		}
	}
}
