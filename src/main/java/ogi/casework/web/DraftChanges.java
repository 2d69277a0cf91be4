package ogi.casework.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ogi.casework.reply.ReplyDraft;

/**
 * What a redraft changed against the draft before it, field by field, so that the reviewer reads the changes rather
 * than the whole draft again: each changed field with the text both versions share before and after the change, what
 * was taken out and what was put in.
 */
@Component
class DraftChanges {

	private final MessageSource messages;

	DraftChanges(MessageSource messages) {
		this.messages = messages;
	}

	/** The fields {@code current} changed against {@code before}, in the order of the draft form. */
	List<Change> between(ReplyDraft before, ReplyDraft current, Locale locale) {
		List<Change> changes = new ArrayList<>();
		add(changes, "form.draft.outcome", label("enum.Outcome.", before.outcome(), locale),
				label("enum.Outcome.", current.outcome(), locale));
		add(changes, "form.draft.ground", label("enum.ExemptionGround.", before.ground(), locale),
				label("enum.ExemptionGround.", current.ground(), locale));
		add(changes, "form.draft.reasons", before.reasons(), current.reasons());
		add(changes, "form.draft.accessDetails", before.accessDetails(), current.accessDetails());
		add(changes, "form.draft.responsibleAgencyName", before.responsibleAgencyName(),
				current.responsibleAgencyName());
		add(changes, "form.draft.responsibleAgencyContact", before.responsibleAgencyContact(),
				current.responsibleAgencyContact());
		add(changes, "form.draft.earlierCaseNumber", before.earlierCaseNumber(), current.earlierCaseNumber());
		add(changes, "case.draft.withheldParts", withheld(before, locale), withheld(current, locale));
		add(changes, "case.draft.publicInterest", before.publicInterestReasoning(), current.publicInterestReasoning());
		return changes;
	}

	private String label(String prefix, Enum<?> value, Locale locale) {
		return value == null ? null : messages.getMessage(prefix + value.name(), null, value.name(), locale);
	}

	private String withheld(ReplyDraft draft, Locale locale) {
		return draft.withheldParts().stream().map(part -> part.description() + "（"
				+ label("enum.ExemptionGround.", part.ground(), locale) + "）：" + part.reasons())
			.collect(Collectors.joining("\n"));
	}

	private static void add(List<Change> changes, String labelKey, String before, String after) {
		String was = before == null ? "" : before;
		String now = after == null ? "" : after;
		if (!Objects.equals(was, now)) {
			changes.add(Change.of(labelKey, was, now));
		}
	}

	/**
	 * One changed field: {@code common prefix + removed + common suffix} was the old text, {@code common prefix +
	 * added + common suffix} is the new one.
	 */
	record Change(String labelKey, String prefix, String removed, String added, String suffix) {

		static Change of(String labelKey, String before, String after) {
			int start = 0;
			int shorter = Math.min(before.length(), after.length());
			while (start < shorter && before.charAt(start) == after.charAt(start)) {
				start++;
			}
			int end = 0;
			while (end < shorter - start
					&& before.charAt(before.length() - 1 - end) == after.charAt(after.length() - 1 - end)) {
				end++;
			}
			return new Change(labelKey, before.substring(0, start), before.substring(start, before.length() - end),
					after.substring(start, after.length() - end), before.substring(before.length() - end));
		}
	}
}
