package ogi.casework.shared;

import java.util.List;

/**
 * An applicant's personal data of one case as shown to a user. A view shown unmasked — in an API response or on a
 * page — is recorded in the audit trail as a read: who saw which data of which case, when (issue #14).
 */
public interface PersonalDataView {

	/**
	 * The request attribute under which a handler that serves bytes (a download of an applicant's paper) puts the
	 * {@code PersonalDataView} it serves, since its body is no record to look into.
	 */
	String SERVED = PersonalDataView.class.getName() + ".SERVED";

	/** Marks {@code view} (none if null) as served by the request, to be recorded as a read before the body goes out. */
	static void served(jakarta.servlet.ServletRequest request, PersonalDataView view) {
		if (view != null) {
			request.setAttribute(SERVED, view);
		}
	}

	String agencyCode();

	String caseNumber();

	/** Whether the identity number and contacts are masked. */
	boolean masked();

	/** What the view shows in full, e.g. {@code idNumber}, {@code phone}; empty when masked. */
	List<String> shownInFull();
}
