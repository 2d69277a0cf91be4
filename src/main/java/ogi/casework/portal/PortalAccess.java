package ogi.casework.portal;

import java.time.Instant;

/**
 * How an applicant reaches their application on the portal: the case number and the hash of the query code (查询码)
 * they were given; the code itself is never stored.
 */
record PortalAccess(String caseNumber, String agencyCode, String queryCodeHash, Instant createdAt) {
}
