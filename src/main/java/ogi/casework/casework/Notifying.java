package ogi.casework.casework;

import java.util.List;

import org.springframework.stereotype.Component;

import ogi.casework.shared.Today;
import ogi.casework.shared.Wording;

/** Messages to users and roles: reminders, escalations, reopened cases. */
@Component
public class Notifying {

	private final Notifications notifications;

	private final WorkItems workItems;

	private final Today today;

	Notifying(Notifications notifications, WorkItems workItems, Today today) {
		this.notifications = notifications;
		this.workItems = workItems;
		this.today = today;
	}

	/**
	 * Notifies {@code recipient}: a user name, or {@code role:<ROLE>} for everyone of a role. The message is the
	 * engine's English sentence for the log and the API; the wording is what a page shows, in the reader's language.
	 */
	public void notify(String agencyCode, String recipient, String caseNumber, String kind, String message,
			Wording wording) {
		notifications.insert(new Notification(null, agencyCode, recipient, caseNumber, kind, message, wording,
				today.now()));
	}

	/** The latest {@code limit} notifications for the user, to them or to one of their roles, newest first. */
	public List<Notification> forUser(ogi.casework.accounts.CurrentUser user, int limit) {
		List<String> recipients = new java.util.ArrayList<>();
		recipients.add(user.username());
		user.roles().forEach(role -> recipients.add("role:" + role.name()));
		return notifications.forRecipients(user.agencyCode(), recipients, limit);
	}

	/** The notifications about a case, oldest first. */
	public List<Notification> ofCase(String agencyCode, String caseNumber) {
		return notifications.ofCase(agencyCode, caseNumber);
	}

	/** Whoever holds the case's open steps: the assignee, or everyone of the step's role. */
	List<String> holdersOf(CaseFile file) {
		return workItems.ofCase(file.agencyCode(), file.caseNumber()).stream()
				.map(item -> item.assignee() != null ? item.assignee() : "role:" + item.candidateRole().name())
				.distinct().toList();
	}
}
