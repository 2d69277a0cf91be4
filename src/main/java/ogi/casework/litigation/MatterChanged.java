package ogi.casework.litigation;

/**
 * A matter was registered or changed (or its deadlines moved with the calendar): the legalMatter process re-reads its
 * schedule. Published synchronously inside the transaction of the change.
 */
public record MatterChanged(String agencyCode, long matterId) {
}
