package ogi.casework.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import ogi.casework.reply.Outcome;
import ogi.casework.shared.CaseStatus;

/** The case register. */
@Mapper
interface CaseFiles {

	void insert(CaseFile file);

	Optional<CaseFile> find(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	/** Locks the case row for the rest of the transaction, so that two actions on one case queue up. */
	Optional<CaseFile> lock(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	void attachProcess(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("processInstanceId") String processInstanceId);

	/** Only {@link WorkItemProjection} writes the status, derived by {@link Step#statusOf}. */
	void updateStatus(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("status") CaseStatus status);

	void updateReplyDue(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("dueDate") LocalDate dueDate, @Param("provisional") boolean provisional);

	void recordOutcome(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("outcome") Outcome outcome);

	void recordRegistration(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("registration") Forms.RegistrationDecision registration);

	/** How the clerk registered the case, once registered. */
	Optional<Forms.RegistrationDecision> registration(@Param("agencyCode") String agencyCode,
			@Param("caseNumber") String caseNumber);

	/** Open cases with a process, ordered by agency and case number, after the key given. */
	java.util.List<CaseFile> openCases(@Param("afterAgency") String afterAgency, @Param("afterCase") String afterCase,
			@Param("limit") int limit);

	void close(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("closedAt") Instant closedAt);

	/**
	 * A new reply cycle: the new reply due date, open again without an outcome until the new reply; the case's history
	 * stays. The new process is attached next.
	 */
	void reopen(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("dueDate") LocalDate dueDate, @Param("provisional") boolean provisional, @Param("cycle") int cycle);
}
