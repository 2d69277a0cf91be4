package ogi.casework.archive;

import java.util.List;

/**
 * One item of the evidence checklist as the rules found it: its status, and its findings as message keys with typed
 * arguments, worded for a reader by {@link #in(EvidenceText)} — the API's checklist in English, a court's bundle in
 * Chinese.
 *
 * @param number the item's number in spec §8.3 (1–12)
 * @param section the part of the case file it belongs to
 * @param status PRESENT, MISSING or NOT_APPLICABLE
 * @param reason the finding in one paragraph: what is missing first, else what was found
 * @param facts what the case file shows, one finding each
 * @param gaps what is missing or defective, each with its rule; empty unless the status is MISSING
 * @param documents the documents of the bundle that prove it
 */
record EvidenceFindings(int number, ArchiveSection section, EvidenceCheck.Status status, Finding reason,
		List<Finding> facts, List<Finding> gaps, List<EvidenceCheck.Proof> documents) {

	EvidenceFindings {
		facts = List.copyOf(facts);
		gaps = List.copyOf(gaps);
		documents = List.copyOf(documents);
	}

	/** The item worded in {@code text}'s language. */
	EvidenceCheck in(EvidenceText text) {
		return new EvidenceCheck(number, section, title(text), status, text.word(reason),
				facts.stream().map(text::word).toList(), gaps.stream().map(text::word).toList(), documents);
	}

	/** The item's name: item 9 also covers the approvals filed with the reply. */
	private String title(EvidenceText text) {
		if (text.english()) {
			return number == 9 ? "答复书及审批 Reply and its approvals" : section.title();
		}
		return text.msg(number == 9 ? "ev.item.replyAndApprovals" : "ev.section." + section.name());
	}
}
