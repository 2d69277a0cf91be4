package ogi.casework.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.Pause;

/**
 * The deadline ledger in words of the reader's language, e.g. "20 working days from 2025-09-22, paused 6 working
 * days for third-party consultation, due 2025-11-03".
 */
@Component
class DeadlineWording {

	private final MessageSource messages;

	DeadlineWording(MessageSource messages) {
		this.messages = messages;
	}

	/** One sentence for one ledger entry; pauses name what the paused working days were spent waiting for. */
	String explain(Deadline deadline, List<Pause> pauses, Locale locale) {
		if (deadline.kind() == DeadlineKind.RECEIPT) {
			return message("ledger.receipt", locale, deadline.startDate());
		}
		StringBuilder sentence = new StringBuilder(message("ledger.period", locale, deadline.length(),
				message("unit." + deadline.unit().name(), locale), deadline.startDate()));
		if (deadline.pausedWorkingDays() > 0) {
			String why = pauses.stream().map(pause -> message("pause." + pause.kind().name(), locale)).distinct()
					.collect(Collectors.joining(message("ledger.and", locale)));
			sentence.append(message("ledger.paused", locale, deadline.pausedWorkingDays(),
					why.isEmpty() ? message("ledger.excludedTime", locale) : why));
		}
		sentence.append(message("ledger.due", locale, deadline.dueDate()));
		if (deadline.provisional()) {
			sentence.append(message("ledger.provisional", locale));
		}
		return sentence.toString();
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
