package ogi.casework.documents;

import java.util.List;
import java.util.Optional;

import ogi.casework.shared.PersonalDataView;

/** A stored letter with its bytes. */
public record DocumentContent(StoredDocument document, byte[] content) {

	/**
	 * What of the applicant's personal data serving the bytes shows in full: the applicant's own paper (identity proof,
	 * supplement material), else nothing.
	 */
	public Optional<PersonalDataView> personalData() {
		return document.kind().holdsPersonalData() ? Optional.of(new ApplicantPaper(document)) : Optional.empty();
	}

	/** An applicant's paper as served: a read of personal data in full. */
	record ApplicantPaper(StoredDocument document) implements PersonalDataView {

		@Override
		public String agencyCode() {
			return document.agencyCode();
		}

		@Override
		public String caseNumber() {
			return document.caseNumber();
		}

		@Override
		public boolean masked() {
			return false;
		}

		@Override
		public List<String> shownInFull() {
			return List.of(document.kind().name() + " #" + document.id());
		}
	}
}
