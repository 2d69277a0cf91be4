package ogi.casework.risk;

import ogi.casework.reply.Outcome;
import ogi.casework.reply.SearchRecord;

/**
 * What the risk rules look at, gathered from the owning modules' APIs: nothing here is read from another module's
 * tables.
 *
 * @param outcome the current (once delivered: the delivered) draft's outcome, or null
 * @param search the latest search record, or null
 */
record CaseFacts(String agencyCode, String caseNumber, Outcome outcome, SearchRecord search) {
}
