package ogi.casework.audit;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import ogi.casework.shared.CaseEvent;

/** The append-only audit table: there is deliberately no update or delete. */
@Mapper
interface AuditTrail {

	void append(CaseEvent event);

	List<AuditEntry> history(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);
}
