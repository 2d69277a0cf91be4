package ogi.casework.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import ogi.casework.intake.SimilarApplications.SimilarApplication;
import ogi.casework.shared.CaseworkSettings;

/**
 * Spots applications asking for the same information within one agency and its look-back window: the same
 * applicant's earlier applications suggest a {@code REPEAT} reply (Art. 36(6)); several applicants asking alike suggest
 * proactive disclosure (Art. 44(1)). It only suggests — nothing is closed, linked or disclosed by it.
 */
@Component
class RepeatDetection {

	private final Applications applications;

	private final RepeatSettings settings;

	private final CaseworkSettings casework;

	private final Clock clock;

	RepeatDetection(Applications applications, RepeatSettings settings, CaseworkSettings casework, Clock clock) {
		this.applications = applications;
		this.settings = settings;
		this.casework = casework;
		this.clock = clock;
	}

	/**
	 * The applications similar to {@code application}, received within the look-back period before or after it: the
	 * same applicant's earlier ones and other applicants' (earlier or later) ones.
	 */
	SimilarApplications similarTo(Application application) {
		// An application submitted online and not yet confirmed has no receipt date: it is compared as of its submission
		// (Art. 31(3)); it is not in the window yet, so its own applicant key is not known here until it is confirmed.
		var on = application.awaitingConfirmation() ? application.submittedOn() : application.receiptDate();
		var own = new RequestSummary(application.caseNumber(), null, application.requestedInformation(),
				application.documentNumber(), on, application.receivedAt());
		// the application's own row holds the applicant key (never the identity number)
		var self = application.awaitingConfirmation() ? own
				: applications.requestsOf(application.agencyCode(), List.of(application.caseNumber())).stream()
						.filter(request -> request.receiptDate() != null).findFirst().orElse(own);
		List<RequestSummary> window = candidates(application.agencyCode(), fingerprint(self),
				on.minus(settings.lookBack()), on.plus(settings.lookBack()));
		var fingerprint = fingerprint(self);
		List<SimilarApplication> similar = new ArrayList<>();
		Set<String> applicants = new HashSet<>();
		applicants.add(self.applicantKey());
		for (var other : window) {
			boolean sameApplicant = other.sameApplicantAs(self);
			if (other.caseNumber().equals(self.caseNumber()) || sameApplicant && !other.isBefore(self)) {
				continue;
			}
			RequestSimilarity.compare(fingerprint, fingerprint(other), settings.similarity()).ifPresent(match -> {
				similar.add(new SimilarApplication(other.caseNumber(), other.receiptDate(), other.requestedInformation(),
						sameApplicant ? Suggestion.REPEAT : Suggestion.PROACTIVE_DISCLOSURE, match.score(),
						match.reason()));
				applicants.add(other.applicantKey());
			});
		}
		similar.sort(Comparator.comparingInt(SimilarApplication::score).reversed()
				.thenComparing(SimilarApplication::receiptDate, Comparator.reverseOrder()));
		boolean proactive = applicants.size() >= settings.proactiveDisclosureApplicants();
		return new SimilarApplications(application.caseNumber(),
				similar.subList(0, Math.min(similar.size(), settings.maxSuggestions())), applicants.size(), proactive,
				advice(similar, applicants.size(), proactive));
	}

	/**
	 * The agency's applications received in {@code [from, to]} that may match a request with {@code fingerprint}, in
	 * order of arrival: those the request index finds (a shared document key, or as many shared bigrams as a match at
	 * the agency's threshold needs, {@link RequestGrams#minimumShared}) and those not indexed yet. Every application
	 * the window holds that {@link RequestSimilarity} would match is among them; the others are never read.
	 */
	private List<RequestSummary> candidates(String agencyCode, RequestFingerprint fingerprint, LocalDate from,
			LocalDate to) {
		var wording = RequestGrams.wording(fingerprint);
		var documents = RequestGrams.documents(fingerprint);
		Map<String, RequestSummary> found = new HashMap<>();
		if (!wording.isEmpty() || !documents.isEmpty()) {
			var numbers = applications.similarCandidates(agencyCode, from, to, wording,
					RequestGrams.minimumShared(wording.size(), settings.similarity()), documents);
			for (int i = 0; i < numbers.size(); i += 500) {
				applications.requestsOf(agencyCode, numbers.subList(i, Math.min(numbers.size(), i + 500)))
						.forEach(request -> found.put(request.caseNumber(), request));
			}
		}
		applications.unindexedRequestsReceivedBetween(agencyCode, from, to,
				RequestGrams.version(settings.fillerWords())).forEach(request -> found.put(request.caseNumber(), request));
		return found.values().stream()
				.filter(request -> request.receiptDate() != null && !request.receiptDate().isBefore(from)
						&& !request.receiptDate().isAfter(to))
				.sorted(RequestSummary.ARRIVAL).toList();
	}

	/**
	 * The agency's applications received on {@code receiptDate} from the applicant with {@code applicantKey} that ask
	 * for the same information: the same document number, or the same wording once normalised (case, width,
	 * punctuation, whitespace and filler words do not count). Posted twice by mistake, one application would become two
	 * cases with two clocks and two counts in the annual report.
	 */
	List<String> sameRequestSameDay(String agencyCode, String applicantKey, LocalDate receiptDate,
			String requestedInformation, String documentNumber) {
		var fingerprint = RequestFingerprint.of(requestedInformation, documentNumber, settings.fillerWords());
		return applications.requestsOfApplicantReceivedOn(agencyCode, applicantKey, receiptDate).stream()
				.filter(other -> {
					var theirs = fingerprint(other);
					boolean sameDocument = fingerprint.documentNumbers().stream()
							.anyMatch(mine -> theirs.documentNumbers().stream().anyMatch(mine::sameAs));
					return sameDocument
							|| !fingerprint.normalised().isEmpty() && fingerprint.normalised().equals(theirs.normalised());
				})
				.map(RequestSummary::caseNumber)
				.toList();
	}

	/**
	 * The clusters of applications received in the look-back period up to today in which at least
	 * {@code proactiveDisclosureApplicants} different applicants asked alike, most applicants first. Applications are
	 * linked when they match ({@link RequestSimilarity}); a cluster is everything linked directly or through others.
	 * Candidate pairs come from the document numbers and from a prefix filter on the rarest bigrams, so the work grows
	 * with the matches, not with the square of the applications.
	 */
	List<DisclosureCluster> clusters(String agencyCode) {
		LocalDate today = LocalDate.now(clock.withZone(casework.zone()));
		return clusters(agencyCode, today.minus(settings.lookBack()), today, settings.proactiveDisclosureApplicants());
	}

	/**
	 * The clusters of applications received in {@code [from, to]} asking alike, linked as {@link #clusters(String)}
	 * links them, with at least {@code minApplicants} different applicants; most applicants first.
	 */
	List<DisclosureCluster> clusters(String agencyCode, LocalDate from, LocalDate to, int minApplicants) {
		List<RequestSummary> requests = applications.requestsReceivedBetween(agencyCode, from, to);
		List<RequestFingerprint> fingerprints = requests.stream().map(this::fingerprint).toList();
		var links = new Links(requests.size());
		linkByDocumentNumber(requests, fingerprints, links);
		linkByWording(requests, fingerprints, links);

		Map<Integer, List<Integer>> components = new TreeMap<>();
		for (int i = 0; i < requests.size(); i++) {
			components.computeIfAbsent(links.root(i), root -> new ArrayList<>()).add(i);
		}
		List<DisclosureCluster> clusters = new ArrayList<>();
		for (List<Integer> members : components.values()) {
			Set<String> applicants = new HashSet<>();
			members.forEach(i -> applicants.add(requests.get(i).applicantKey()));
			if (applicants.size() >= minApplicants) {
				clusters.add(cluster(members, applicants.size(), requests, links));
			}
		}
		clusters.sort(Comparator.comparingInt(DisclosureCluster::applicants).reversed()
				.thenComparing(DisclosureCluster::lastReceived, Comparator.reverseOrder()));
		return clusters;
	}

	private void linkByDocumentNumber(List<RequestSummary> requests, List<RequestFingerprint> fingerprints,
			Links links) {
		Map<String, List<Integer>> byYearAndSerial = new HashMap<>();
		for (int i = 0; i < fingerprints.size(); i++) {
			for (DocumentNumber number : fingerprints.get(i).documentNumbers()) {
				byYearAndSerial.computeIfAbsent(number.year() + "/" + number.serial(), key -> new ArrayList<>()).add(i);
			}
		}
		for (List<Integer> group : byYearAndSerial.values()) {
			for (int a = 0; a < group.size(); a++) {
				for (int b = 0; b < a; b++) {
					link(group.get(a), group.get(b), requests, fingerprints, links);
				}
			}
		}
	}

	/**
	 * Prefix filtering (Bayardo et al., "Scaling up all pairs similarity search"): with every bigram set sorted by how
	 * rare the bigram is, two sets whose Jaccard similarity reaches t share one of the first |x| − ⌈t·|x|⌉ + 1 bigrams
	 * of each; Dice d is Jaccard d / (2 − d).
	 */
	private void linkByWording(List<RequestSummary> requests, List<RequestFingerprint> fingerprints, Links links) {
		Map<String, Integer> frequency = new HashMap<>();
		fingerprints.forEach(f -> f.bigrams().forEach(bigram -> frequency.merge(bigram, 1, Integer::sum)));
		Comparator<String> rarestFirst = Comparator.<String>comparingInt(frequency::get)
				.thenComparing(Comparator.naturalOrder());
		double jaccard = settings.similarity() / (2 - settings.similarity());
		Map<String, List<Integer>> index = new HashMap<>();
		for (int i = 0; i < fingerprints.size(); i++) {
			List<String> bigrams = new ArrayList<>(fingerprints.get(i).bigrams());
			bigrams.sort(rarestFirst);
			int prefix = Math.min(bigrams.size(), bigrams.size() - (int) Math.ceil(jaccard * bigrams.size() - 1e-9) + 1);
			Set<Integer> candidates = new LinkedHashSet<>();
			for (String bigram : bigrams.subList(0, prefix)) {
				candidates.addAll(index.getOrDefault(bigram, List.of()));
			}
			for (int candidate : candidates) {
				link(i, candidate, requests, fingerprints, links);
			}
			for (String bigram : bigrams.subList(0, prefix)) {
				index.computeIfAbsent(bigram, key -> new ArrayList<>()).add(i);
			}
		}
	}

	private void link(int a, int b, List<RequestSummary> requests, List<RequestFingerprint> fingerprints, Links links) {
		int later = requests.get(a).isBefore(requests.get(b)) ? b : a;
		int earlier = later == a ? b : a;
		if (links.root(a) == links.root(b) && links.reason(later) != null) {
			return; // already in one cluster, and the later one already says why
		}
		RequestSimilarity.compare(fingerprints.get(a), fingerprints.get(b), settings.similarity()).ifPresent(match -> {
			links.join(later, earlier, match.sameDocument() ? match.reason()
					: match.reason() + " to " + requests.get(earlier).caseNumber(),
					match.sameDocument() ? match.reason().substring("same document number ".length()) : null);
		});
	}

	private static DisclosureCluster cluster(List<Integer> members, int applicants, List<RequestSummary> requests,
			Links links) {
		List<Integer> ordered = new ArrayList<>(members);
		ordered.sort(Comparator.comparing(requests::get, RequestSummary.ARRIVAL));
		String documentNumber = null;
		List<DisclosureCluster.Member> list = new ArrayList<>();
		for (int i : ordered) {
			var request = requests.get(i);
			list.add(new DisclosureCluster.Member(request.caseNumber(), request.receiptDate(),
					request.requestedInformation(), links.reason(i) == null ? "" : links.reason(i)));
			if (documentNumber == null) {
				documentNumber = links.documentNumber(i);
			}
		}
		return new DisclosureCluster(applicants, documentNumber, list.get(0).receiptDate(),
				list.stream().map(DisclosureCluster.Member::receiptDate).max(Comparator.naturalOrder()).orElseThrow(),
				list);
	}

	private RequestFingerprint fingerprint(RequestSummary request) {
		return RequestFingerprint.of(request.requestedInformation(), request.documentNumber(), settings.fillerWords());
	}

	private String advice(List<SimilarApplication> similar, int applicants, boolean proactive) {
		if (similar.isEmpty()) {
			return "No application of the agency in the look-back period asks for similar information.";
		}
		List<String> advice = new ArrayList<>();
		similar.stream().filter(s -> s.suggestion() == Suggestion.REPEAT).findFirst().ifPresent(repeat -> advice.add(
				"The same applicant asked for similar information in " + repeat.caseNumber() + " (received "
						+ repeat.receiptDate() + "): if that application was answered, the reply may be 不予重复处理"
						+ " (Art. 36(6), REPEAT) citing it."));
		if (proactive) {
			advice.add(applicants + " different applicants asked for similar information: if it may be disclosed, "
					+ "consider making it public proactively (Art. 44(1)).");
		}
		else if (similar.stream().anyMatch(s -> s.suggestion() == Suggestion.PROACTIVE_DISCLOSURE)) {
			advice.add(applicants + " different applicants asked alike; proactive disclosure is suggested from "
					+ settings.proactiveDisclosureApplicants() + ".");
		}
		advice.add("These are suggestions; nothing is decided until a person decides it.");
		return String.join(" ", advice);
	}

	/** Union-find over the applications, keeping for each the reason it was linked to an earlier one. */
	private static final class Links {

		private final int[] parent;

		private final String[] reasons;

		private final String[] documentNumbers;

		Links(int size) {
			parent = new int[size];
			reasons = new String[size];
			documentNumbers = new String[size];
			for (int i = 0; i < size; i++) {
				parent[i] = i;
			}
		}

		int root(int i) {
			while (parent[i] != i) {
				parent[i] = parent[parent[i]];
				i = parent[i];
			}
			return i;
		}

		void join(int later, int earlier, String reason, String documentNumber) {
			if (reasons[later] == null) {
				reasons[later] = reason;
				documentNumbers[later] = documentNumber;
			}
			int a = root(later);
			int b = root(earlier);
			if (a != b) {
				parent[Math.max(a, b)] = Math.min(a, b);
			}
		}

		String reason(int i) {
			return reasons[i];
		}

		String documentNumber(int i) {
			return documentNumbers[i];
		}
	}
}
