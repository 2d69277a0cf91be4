package ogi.casework.archive;

import java.util.Optional;

/**
 * Where the archive learns a case's state from: provided by the case module, which depends on this one — the archive
 * cannot ask it directly without a cycle, and must not read the audit trail's words for it.
 */
public interface CaseStates {

	Optional<CaseState> of(String agencyCode, String caseNumber);
}
