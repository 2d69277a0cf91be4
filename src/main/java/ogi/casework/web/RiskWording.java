package ogi.casework.web;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ogi.casework.risk.RiskReason;

/**
 * A risk reason in the reader's language, worded from its message key and typed arguments (dates and counts as they
 * are, outcomes and delivery methods by their labels, periods in years, months and days) and its basis by the rule's
 * code — never the English facts sentence the risk module keeps for its API, except for a reason assessed before
 * reasons carried their wording, which is shown as it was stored until the case is assessed again.
 */
@Component
class RiskWording {

	private final MessageSource messages;

	RiskWording(MessageSource messages) {
		this.messages = messages;
	}

	/** The facts of a reason in words. */
	String facts(RiskReason reason, Locale locale) {
		if (reason.messageKey() == null) {
			return reason.facts();
		}
		Object[] arguments = reason.arguments().stream().map(argument -> word(argument, locale)).toArray();
		return messages.getMessage(reason.messageKey(), arguments, locale);
	}

	/** The articles or guidance behind a reason, with the points it added. */
	String basis(RiskReason reason, Locale locale) {
		String basis = messages.getMessage("risk.basis." + reason.code(), null, reason.basis(), locale);
		return basis + " · " + messages.getMessage("risk.reason.weight", new Object[] { reason.weight() }, locale);
	}

	private String word(String argument, Locale locale) {
		if (!argument.isEmpty() && argument.charAt(0) == '@') {
			return period(Period.parse(argument.substring(1)), locale);
		}
		return ogi.casework.shared.Wording.word(messages, argument, locale);
	}

	private String period(Period period, Locale locale) {
		List<String> parts = new ArrayList<>();
		if (period.getYears() != 0) {
			parts.add(messages.getMessage("risk.period.years", new Object[] { period.getYears() }, locale));
		}
		if (period.getMonths() != 0) {
			parts.add(messages.getMessage("risk.period.months", new Object[] { period.getMonths() }, locale));
		}
		if (period.getDays() != 0 || parts.isEmpty()) {
			parts.add(messages.getMessage("risk.period.days", new Object[] { period.getDays() }, locale));
		}
		return String.join(messages.getMessage("ledger.and", null, "、", locale), parts);
	}
}
