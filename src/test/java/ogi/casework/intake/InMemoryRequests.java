package ogi.casework.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The applications mapper in memory, holding only what repeat detection reads. */
class InMemoryRequests implements Applications {

	final List<RequestSummary> requests = new ArrayList<>();

	final List<String> agencies = new ArrayList<>();

	void add(String agencyCode, RequestSummary request) {
		agencies.add(agencyCode);
		requests.add(request);
	}

	@Override
	public List<RequestSummary> requestsReceivedBetween(String agencyCode, LocalDate from, LocalDate to) {
		List<RequestSummary> found = new ArrayList<>();
		for (int i = 0; i < requests.size(); i++) {
			var request = requests.get(i);
			if (agencies.get(i).equals(agencyCode) && !request.receiptDate().isBefore(from)
					&& !request.receiptDate().isAfter(to)) {
				found.add(request);
			}
		}
		found.sort(RequestSummary.ARRIVAL);
		return found;
	}

	@Override
	public List<RegisterEntry> byApplicantName(String agencyCode, String pattern, int offset, int limit) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void insert(Application application, String applicantKey) {
		throw new UnsupportedOperationException();
	}

	@Override
	public List<String> caseNumbersOfApplicant(String agencyCode, String applicantKey, LocalDate from, LocalDate to) {
		throw new UnsupportedOperationException();
	}

	@Override
	public List<StoredPersonalData> needingReencryption(String agencyCode, String caseNumber, String activePrefix,
			int limit) {
		throw new UnsupportedOperationException();
	}

	@Override
	public int rewritePersonalData(StoredPersonalData data) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Optional<Application> find(String agencyCode, String caseNumber) {
		throw new UnsupportedOperationException();
	}

	@Override
	public int incrementSequence(String agencyCode, int year) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void insertSequence(String agencyCode, int year) {
		throw new UnsupportedOperationException();
	}

	@Override
	public long currentSequence(String agencyCode, int year) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void insertSupplement(Supplement supplement) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Optional<Supplement> openSupplement(String agencyCode, String caseNumber) {
		throw new UnsupportedOperationException();
	}

	@Override
	public List<Supplement> supplements(String agencyCode, String caseNumber) {
		throw new UnsupportedOperationException();
	}

	@Override
	public int recordSupplementReceived(long id, LocalDate receivedOn, String content, String receivedBy) {
		throw new UnsupportedOperationException();
	}

	@Override
	public int confirm(String agencyCode, String caseNumber, LocalDate confirmedOn, LocalDate receiptDate) {
		throw new UnsupportedOperationException();
	}
}
