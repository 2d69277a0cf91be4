package ogi.casework.casework;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import ogi.casework.accounts.Role;

/** The worklist read model: one row per open user task, with the indexes the worklist needs. */
@Mapper
interface WorkItems {

	void insert(WorkItem item);

	void assign(@Param("taskId") String taskId, @Param("assignee") String assignee);

	void delete(@Param("taskId") String taskId);

	void updateDueDate(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("steps") Collection<String> steps, @Param("dueDate") LocalDate dueDate,
			@Param("provisional") boolean provisional);

	/**
	 * A worklist page with its filters in the query; {@code dueBefore} bounds "due soon", {@code today} "overdue". With
	 * a cursor the page starts after it ({@code backward}: ends before it, in reverse order) and {@code offset} is 0.
	 */
	List<WorkItem> search(@Param("agencyCode") String agencyCode, @Param("username") String username,
			@Param("roles") Collection<Role> roles, @Param("q") WorklistQuery query, @Param("today") LocalDate today,
			@Param("dueBefore") LocalDate dueBefore, @Param("c") WorklistCursor cursor,
			@Param("backward") boolean backward, @Param("offset") int offset, @Param("limit") int limit);

	long countSearch(@Param("agencyCode") String agencyCode, @Param("username") String username,
			@Param("roles") Collection<Role> roles, @Param("q") WorklistQuery query, @Param("today") LocalDate today,
			@Param("dueBefore") LocalDate dueBefore);

	/** The message centre's counts over the tasks the user sees (their own and their roles' unclaimed), in one read. */
	Worklist.Counts counts(@Param("agencyCode") String agencyCode, @Param("username") String username,
			@Param("roles") Collection<Role> roles, @Param("today") LocalDate today,
			@Param("dueBefore") LocalDate dueBefore, @Param("signOff") String signOff,
			@Param("approveExtension") String approveExtension, @Param("review") String review,
			@Param("legalReview") String legalReview, @Param("draft") String draft);

	/** Marks the open {@code step} of the case as opened by a returned draft. */
	void markReturned(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("step") String step);

	java.util.Optional<WorkItem> find(@Param("taskId") String taskId);

	List<WorkItem> ofCase(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);
}
