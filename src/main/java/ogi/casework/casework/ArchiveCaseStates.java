package ogi.casework.casework;

import java.util.Optional;

import org.springframework.stereotype.Component;

import ogi.casework.archive.CaseState;
import ogi.casework.archive.CaseStates;

/** Tells the archive's evidence checklist where a case stands, from the register. */
@Component
class ArchiveCaseStates implements CaseStates {

	private final CaseFiles caseFiles;

	ArchiveCaseStates(CaseFiles caseFiles) {
		this.caseFiles = caseFiles;
	}

	@Override
	public Optional<CaseState> of(String agencyCode, String caseNumber) {
		return caseFiles.find(agencyCode, caseNumber).map(file -> new CaseState(file.status(), file.outcome(),
				caseFiles.registration(agencyCode, caseNumber).filter(r -> r == Forms.RegistrationDecision.ON_THE_SPOT)
						.isPresent()));
	}
}
