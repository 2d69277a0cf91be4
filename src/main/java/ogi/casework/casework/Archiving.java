package ogi.casework.casework;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.archive.ArchiveManagement;
import ogi.casework.archive.CaseFileItems;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.deadlines.ReplyCycle;
import ogi.casework.documents.DocumentManagement;
import ogi.casework.shared.Today;

/** Archiving (归档, Art. 45): the case file is sealed and the case closed; afterwards it changes only by correction. */
@Service
public class Archiving {

	private final CaseAction action;

	private final CaseFiles caseFiles;

	private final ArchiveManagement archive;

	private final CaseFileItems caseFileItems;

	private final DeadlineManagement deadlines;

	private final Today today;

	private final DocumentManagement letters;

	Archiving(CaseAction action, CaseFiles caseFiles, ArchiveManagement archive, CaseFileItems caseFileItems,
			DeadlineManagement deadlines, Today today, DocumentManagement letters) {
		this.letters = letters;
		this.action = action;
		this.caseFiles = caseFiles;
		this.archive = archive;
		this.caseFileItems = caseFileItems;
		this.deadlines = deadlines;
		this.today = today;
	}

	/** The clerk archives the case file; the case is closed and sealed. */
	@Transactional
	public CaseFile archive(String caseNumber, CurrentUser clerk) {
		CaseAction.requireRole(clerk, Role.CLERK);
		CaseFile file = action.lock(clerk, caseNumber);
		var task = action.claim(file, Step.ARCHIVE_CASE, clerk);
		// a letter rendered after its action's commit may still be on its way: the sealed file would lack it
		letters.requireNoLetterPending(file.agencyCode(), caseNumber);
		caseFiles.close(file.agencyCode(), caseNumber, today.now());
		action.complete(task, Map.of());
		CaseFile archived = action.done(file, "CASE_ARCHIVED", clerk.username(), "Archived with outcome "
				+ file.outcome());
		// Sealed after the archiving is recorded, so that the sealed audit trail ends with it. A case reopened by a
		// correcting decision was sealed after its first reply: its later cycle is appended as a new manifest version.
		var items = caseFileItems.of(file.agencyCode(), caseNumber);
		if (archive.find(file.agencyCode(), caseNumber).isPresent()) {
			int cycle = deadlines.latestReplyCycle(file.agencyCode(), caseNumber).map(ReplyCycle::cycle).orElse(1);
			archive.reseal(file.agencyCode(), caseNumber, items, "Reply cycle " + cycle + " archived",
					clerk.username());
		}
		else {
			archive.seal(file.agencyCode(), caseNumber, items, clerk.username());
		}
		return archived;
	}
}
