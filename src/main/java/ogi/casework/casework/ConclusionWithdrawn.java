package ogi.casework.casework;

import java.time.LocalDate;

/**
 * A conclusion the case had reached on a legal date is withdrawn: a consequence was reversed because a fact recorded
 * later defeats it. Published in the transaction that reverses it; a listener that cannot accept the change (the
 * annual report of that date's year is locked) refuses it by throwing, which undoes the reversal.
 *
 * @param concludedOn the legal date of the withdrawn conclusion
 */
public record ConclusionWithdrawn(String agencyCode, String caseNumber, LocalDate concludedOn) {
}
