package ogi.casework.casework;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import ogi.casework.accounts.Role;
import ogi.casework.intake.Application;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.shared.CaseChanged;

/**
 * Keeps the case register read model in step with the cases: on every {@link CaseChanged}, in the transaction of the
 * change, and once at start-up for cases that have no register row yet (a database from before the register).
 */
@Component
class CaseRegisterProjection {

	private static final Logger log = LoggerFactory.getLogger(CaseRegisterProjection.class);

	private static final int BACKFILL_BATCH = 500;

	private final RegisterEntries entries;

	private final CaseFiles caseFiles;

	private final IntakeManagement intake;

	private final WorkItems workItems;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final RegisterTokens tokens;

	CaseRegisterProjection(RegisterEntries entries, CaseFiles caseFiles, IntakeManagement intake, WorkItems workItems,
			TransactionTemplate transactions, Clock clock, RegisterTokens tokens) {
		this.tokens = tokens;
		this.entries = entries;
		this.caseFiles = caseFiles;
		this.intake = intake;
		this.workItems = workItems;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener
	void on(CaseChanged changed) {
		caseFiles.find(changed.agencyCode(), changed.caseNumber()).ifPresent(file -> {
			project(file, changed.opened());
			if (changed.receiptRecorded()) {
				receiptRecorded(file);
			}
		});
	}

	/**
	 * The case's tokens get its receipt date (they were written while it awaited confirmation, without one), after its
	 * register row got it: a words backfill of the row (which claims the row first) either ran before, and its tokens
	 * are among those updated, or runs after and reads the date from the row.
	 */
	private void receiptRecorded(CaseFile file) {
		intake.find(file.agencyCode(), file.caseNumber()).ifPresent(application -> {
			var caseTokens = tokens(file.agencyCode(), application);
			if (!caseTokens.isEmpty()) {
				entries.updateTokenReceiptDate(file.agencyCode(), file.caseNumber(), file.receiptDate(), caseTokens);
			}
		});
	}

	/** Every token the register keeps for a case: its applicant's and its subject's. */
	private java.util.Set<RegisterTokens.Token> tokens(String agencyCode, Application application) {
		var caseTokens = tokens.of(agencyCode, application.applicantName(), application.idNumber(),
				application.phone());
		caseTokens.addAll(tokens.words(agencyCode, RegisterEntry.subjectOf(application.requestedInformation())));
		return caseTokens;
	}

	/** A handler claimed or was given the case's handling: the register lists them as its handler. */
	void handlerAssigned(String agencyCode, String caseNumber, Step step, String assignee) {
		if (assignee != null && step.role() == Role.HANDLER) {
			entries.updateHandler(agencyCode, caseNumber, assignee);
		}
	}

	void project(CaseFile file) {
		project(file, false);
	}

	/**
	 * Writes the case's register row; {@code opened}: the case was opened in this transaction, so it has no row to
	 * update and no handler yet. A row that exists takes the case's fields only: the application's part of it (channel,
	 * applicant type, subject, search tokens) is written once, with the row, and the case's later changes do not read
	 * the application (only an online application's confirmation does, for its tokens' receipt date).
	 */
	private void project(CaseFile file, boolean opened) {
		String number = file.caseNumber();
		Instant now = Instant.now(clock);
		if (!opened && entries.updateFromCase(file.agencyCode(), number, file.receiptDate(), file.status(),
				file.outcome(), file.replyDueDate(), now) > 0) {
			return;
		}
		Application application = intake.find(file.agencyCode(), number).orElse(null);
		if (application == null) {
			return;
		}
		String subject = RegisterEntry.subjectOf(application.requestedInformation());
		String prefix = file.agencyCode() + "-";
		var entry = new RegisterEntry(file.agencyCode(), number,
				number.startsWith(prefix) ? number.substring(prefix.length()) : number,
				new StringBuilder(number).reverse().toString(), file.receiptDate(), application.channel(),
				application.applicantType(), subject, file.status(), file.outcome(), null, file.replyDueDate(), now);
		entries.insert(entry);
		var caseTokens = tokens(file.agencyCode(), application); // the insert marked the row words_indexed
		if (!caseTokens.isEmpty()) {
			entries.insertTokens(file.agencyCode(), number, file.receiptDate(), caseTokens);
		}
		if (!opened) {
			workItems.ofCase(file.agencyCode(), number).forEach(item -> Step.of(item.step())
					.ifPresent(step -> handlerAssigned(file.agencyCode(), number, step, item.assignee())));
		}
	}

	/** Registers every case that has no register row yet, in batches of their own transactions. */
	@EventListener(ApplicationReadyEvent.class)
	void backfill() {
		String afterAgency = "";
		String afterCase = "";
		int registered = 0;
		while (true) {
			var batch = entries.unregistered(afterAgency, afterCase, BACKFILL_BATCH);
			if (batch.isEmpty()) {
				break;
			}
			transactions.executeWithoutResult(status -> batch.forEach(this::project));
			registered += batch.size();
			var last = batch.get(batch.size() - 1);
			afterAgency = last.agencyCode();
			afterCase = last.caseNumber();
		}
		if (registered > 0) {
			log.info("Registered {} cases in the case register", registered);
		}
	}
}
