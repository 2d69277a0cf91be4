package ogi.casework.casework;

import java.time.Instant;
import java.time.LocalDate;

import ogi.casework.accounts.Role;

/** One open task in the worklist read model. */
record WorkItem(String taskId, String agencyCode, String caseNumber, String step, Role candidateRole,
		String assignee, LocalDate dueDate, boolean dueProvisional, Instant createdAt) {
}
