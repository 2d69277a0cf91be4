package ogi.casework.archive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The agency's choices for evidence bundles.
 *
 * @param approvalCountsAsSecrecyReview Art. 17 asks for a secrecy review (保密审查) before disclosure but prescribes no
 *        form; no module records one separately yet, so an agency that folds it into the reviewer's approval of a
 *        disclosing reply says so here (the default), and the checklist names that approval as the record. Set it
 *        to false where the secrecy review is a separate record, and the checklist shows it missing until one is
 *        filed.
 */
@ConfigurationProperties("ogi.evidence")
public record EvidenceSettings(@DefaultValue("true") boolean approvalCountsAsSecrecyReview) {
}
