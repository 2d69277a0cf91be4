package ogi.casework.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The applications mapper in memory, holding only what repeat detection reads; its request index is every request's
 * grams under the default filler words, so nothing is left unindexed.
 */
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
	public List<RequestSummary> requestsOfApplicantReceivedOn(String agencyCode, String applicantKey,
			LocalDate receiptDate) {
		return requestsReceivedBetween(agencyCode, receiptDate, receiptDate).stream()
			.filter(request -> applicantKey.equals(request.applicantKey()))
			.toList();
	}

	@Override
	public List<RegisterEntry> byApplicantName(String agencyCode, String pattern, RegisterEntry after, int offset,
			int limit) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void insert(Application application, String applicantKey, String indexVersion) {
		throw new UnsupportedOperationException();
	}

	@Override
	public List<ApplicantApplication> applicationsOfSameApplicant(String agencyCode, String caseNumber, LocalDate from,
			LocalDate to) {
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

	@Override
	public List<String> similarCandidates(String agencyCode, LocalDate from, LocalDate to, List<Long> wording,
			int minShared, List<Long> documents) {
		List<String> found = new ArrayList<>();
		for (var request : requestsReceivedBetween(agencyCode, from, to)) {
			var fingerprint = RequestFingerprint.of(request.requestedInformation(), request.documentNumber(),
					RepeatSettings.defaults().fillerWords());
			long shared = RequestGrams.wording(fingerprint).stream().filter(wording::contains).count();
			boolean document = RequestGrams.documents(fingerprint).stream().anyMatch(documents::contains);
			if (shared >= minShared || document) {
				found.add(request.caseNumber());
			}
		}
		return found;
	}

	@Override
	public List<RequestSummary> requestsOf(String agencyCode, java.util.Collection<String> caseNumbers) {
		List<RequestSummary> found = new ArrayList<>();
		for (int i = 0; i < requests.size(); i++) {
			if (agencies.get(i).equals(agencyCode) && caseNumbers.contains(requests.get(i).caseNumber())) {
				found.add(requests.get(i));
			}
		}
		return found;
	}

	@Override
	public List<RequestSummary> unindexedRequestsReceivedBetween(String agencyCode, LocalDate from, LocalDate to,
			String version) {
		return List.of();
	}

	@Override
	public List<RequestIndex.Unindexed> unindexedRequests(String agencyCode, String caseNumber, String version,
			int limit) {
		throw new UnsupportedOperationException();
	}

	@Override
	public int markIndexed(String agencyCode, String caseNumber, String version) {
		throw new UnsupportedOperationException();
	}

	@Override
	public LocalDate receiptDateOf(String agencyCode, String caseNumber) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void deleteGrams(String agencyCode, String caseNumber) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void insertGrams(String agencyCode, String caseNumber, LocalDate receiptDate, List<Long> grams) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void updateGramReceiptDate(String agencyCode, String caseNumber, LocalDate receiptDate) {
		throw new UnsupportedOperationException();
	}

	@Override
	public List<RegisterEntry> registerEntries(String agencyCode, java.util.Collection<String> caseNumbers) {
		throw new UnsupportedOperationException();
	}
}
