package ogi.casework.intake;

import static ogi.casework.support.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import ogi.casework.intake.SimilarApplications.SimilarApplication;
import ogi.casework.shared.CaseworkSettings;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Repeat detection suggests REPEAT for the same applicant's earlier requests (Art. 36(6)) and proactive disclosure
 * for several applicants asking alike (Art. 44), within one agency and its look-back window.
 */
class RepeatDetectionTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	static final String ZHANG = "110102198503010316";

	static final String LI = "110102198503010324";

	static final String WANG = "110102198503010332";

	@Test
	void suggestsRepeatForTheSameApplicantsEarlierRequestOnly() {
		var store = new InMemoryRequests();
		store.add("A", request("A-1", ZHANG, "申请公开2026年本街道老旧小区加装电梯补贴资金的发放明细", TODAY.minusDays(30)));
		store.add("A", request("A-2", ZHANG, "请提供关于本街道2026年度老旧小区加装电梯补贴资金发放明细的信息", TODAY.minusDays(2)));
		store.add("A", request("A-3", ZHANG, "本街道2026年老旧小区加装电梯补贴资金发放明细", TODAY));

		var similar = detection(store).similarTo(application("A", store.requests.get(1)));

		assertThat(similar.suggestions()).singleElement().satisfies(suggestion -> {
			assertThat(suggestion.caseNumber()).isEqualTo("A-1");
			assertThat(suggestion.suggestion()).isEqualTo(Suggestion.REPEAT);
			assertThat(suggestion.reason()).isEqualTo(suggestion.score() + "% similar wording");
		});
		assertThat(similar.applicantsAskingAlike()).isEqualTo(1);
		assertThat(similar.proactiveDisclosureSuggested()).isFalse();
		assertThat(similar.advice()).contains("A-1", "Art. 36(6)", "suggestions");
	}

	@Test
	void suggestsProactiveDisclosureWhenAnotherApplicantAsksForTheSameDocument() {
		var store = new InMemoryRequests();
		store.add("A", request("A-1", ZHANG, "《关于加强社区养老服务设施建设的实施意见》（京政发〔2026〕17号）全文", TODAY.minusDays(9)));
		store.add("A", request("A-2", LI, "京政发(2026)第17号文件", TODAY.minusDays(1)));
		store.add("B", request("B-1", WANG, "京政发〔2026〕17号", TODAY));

		var similar = detection(store).similarTo(application("A", store.requests.get(1)));

		assertThat(similar.suggestions()).extracting(SimilarApplication::caseNumber, SimilarApplication::suggestion,
				SimilarApplication::score, SimilarApplication::reason)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("A-1", Suggestion.PROACTIVE_DISCLOSURE, 100,
						"same document number 京政发〔2026〕17号"));
		assertThat(similar.applicantsAskingAlike()).isEqualTo(2);
		assertThat(similar.proactiveDisclosureSuggested()).isTrue();
		assertThat(similar.advice()).contains("Art. 44(1)");
	}

	@Test
	void comparesOnlyWithinTheLookBackWindow() {
		var store = new InMemoryRequests();
		store.add("A", request("A-1", ZHANG, "京政发〔2023〕5号", TODAY.minusYears(2).minusDays(1)));
		store.add("A", request("A-2", LI, "京政发〔2023〕5号", TODAY.minusYears(2)));
		store.add("A", request("A-3", WANG, "京政发〔2023〕5号", TODAY));

		var similar = detection(store).similarTo(application("A", store.requests.get(2)));

		assertThat(similar.suggestions()).extracting(SimilarApplication::caseNumber).containsExactly("A-2");
		assertThat(detection(store).clusters("A")).singleElement()
				.satisfies(cluster -> assertThat(cluster.applications()).extracting(DisclosureCluster.Member::caseNumber)
						.containsExactly("A-2", "A-3"));
	}

	@Test
	void clustersSeveralApplicantsAskingAlikeAndSaysWhy() {
		var store = new InMemoryRequests();
		store.add("A", request("A-1", ZHANG, "申请公开2026年本区道路维修资金的使用情况", TODAY.minusDays(20)));
		store.add("A", request("A-2", ZHANG, "2026年本区道路维修资金使用情况", TODAY.minusDays(10)));
		store.add("A", request("A-3", LI, "请提供关于本区2026年度道路维修资金使用情况的信息", TODAY.minusDays(5)));
		store.add("A", request("A-4", WANG, "本区2026年新建学校的选址论证报告", TODAY.minusDays(3)));
		store.add("A", request("A-5", WANG, "本区2026年新建学校选址论证报告", TODAY.minusDays(1)));

		var clusters = detection(store).clusters("A");

		assertThat(clusters).singleElement().satisfies(cluster -> {
			assertThat(cluster.applicants()).isEqualTo(2);
			assertThat(cluster.documentNumber()).isNull();
			assertThat(cluster.firstReceived()).isEqualTo(TODAY.minusDays(20));
			assertThat(cluster.lastReceived()).isEqualTo(TODAY.minusDays(5));
			assertThat(cluster.applications()).extracting(DisclosureCluster.Member::caseNumber)
					.containsExactly("A-1", "A-2", "A-3");
			assertThat(cluster.applications().get(0).reason()).isEmpty();
			assertThat(cluster.applications().get(1).reason()).isEqualTo("100% similar wording to A-1");
		});
	}

	@Test
	void theFilteredJoinFindsTheSameClustersAsComparingEveryPair() {
		Map<String, Integer> examplesByClusters = new TreeMap<>();

		qt(1000).forAll(requests()).checkAssert(requests -> {
			var store = new InMemoryRequests();
			requests.forEach(request -> store.add("A", request));
			var settings = RepeatSettings.defaults();

			var found = detection(store).clusters("A").stream()
					.map(cluster -> cluster.applications().stream().map(DisclosureCluster.Member::caseNumber)
							.collect(Collectors.toSet()))
					.collect(Collectors.toSet());

			examplesByClusters.merge(found.size() > 2 ? "3+" : String.valueOf(found.size()), 1, Integer::sum);
			assertThat(found).isEqualTo(
					bruteForceClusters(store.requestsReceivedBetween("A", TODAY.minusYears(2), TODAY), settings));
		});

		// the examples exercise the join: some find no cluster, some one, some several
		assertThat(examplesByClusters).containsKeys("0", "1", "2");
	}

	/** What one generated request is made of, before it gets its case number. */
	record RequestRow(String applicant, String text, int daysAgo) {
	}

	static Gen<List<RequestSummary>> requests() {
		Gen<String> subject = arbitrary().pick("", "申请公开", "请提供关于", "要求公开")
				.zip(arbitrary().pick("", "2025年", "2026年度", "二〇二五年"), arbitrary().pick("本区", "本街道"),
						arbitrary().pick("道路维修资金", "绿化养护资金", "老旧小区加装电梯补贴", "拆迁补偿安置方案"),
						(lead, year, place, topic) -> lead + year + place + topic);
		Gen<String> text = subject.zip(arbitrary().pick("", "的使用情况", "发放明细", "的信息"),
				arbitrary().pick("", "", "", "（京政发〔2025〕3号）", "京政发[2025]第3号", "京政发(2025)4号"),
				(head, detail, number) -> head + detail + number);
		Gen<RequestRow> row = arbitrary().pick(ZHANG, LI, WANG).zip(text, integers().between(0, 900), RequestRow::new);
		return lists().of(row).ofSizeBetween(2, 30).map(rows -> {
			List<RequestSummary> summaries = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				summaries.add(request("A-" + i, rows.get(i).applicant(), rows.get(i).text(),
						TODAY.minusDays(rows.get(i).daysAgo())));
			}
			return summaries;
		});
	}

	static Set<Set<String>> bruteForceClusters(List<RequestSummary> requests, RepeatSettings settings) {
		Map<Integer, Integer> component = new HashMap<>();
		for (int i = 0; i < requests.size(); i++) {
			component.put(i, i);
		}
		var fingerprints = requests.stream()
				.map(r -> RequestFingerprint.of(r.requestedInformation(), r.documentNumber(), settings.fillerWords()))
				.toList();
		for (int a = 0; a < requests.size(); a++) {
			for (int b = 0; b < a; b++) {
				if (RequestSimilarity.compare(fingerprints.get(a), fingerprints.get(b), settings.similarity())
						.isPresent()) {
					int from = component.get(a);
					int to = component.get(b);
					component.replaceAll((k, v) -> v == from ? to : v);
				}
			}
		}
		Set<Set<String>> clusters = new HashSet<>();
		for (int root : new HashSet<>(component.values())) {
			Set<String> cases = new HashSet<>();
			Set<String> applicants = new HashSet<>();
			component.forEach((i, c) -> {
				if (c == root) {
					cases.add(requests.get(i).caseNumber());
					applicants.add(requests.get(i).applicantKey());
				}
			});
			if (applicants.size() >= settings.proactiveDisclosureApplicants()) {
				clusters.add(cases);
			}
		}
		return clusters;
	}

	static RepeatDetection detection(InMemoryRequests store) {
		return new RepeatDetection(store, RepeatSettings.defaults(),
				new CaseworkSettings(SHANGHAI, 20, 15, 7, 20, 15, 5, 2, 8, true),
				Clock.fixed(TODAY.atTime(9, 0).atZone(SHANGHAI).toInstant(), SHANGHAI));
	}

	static RequestSummary request(String caseNumber, String idNumber, String text, LocalDate receiptDate) {
		return new RequestSummary(caseNumber, idNumber, text, null, receiptDate,
				receiptDate.atTime(9, 0).atZone(SHANGHAI).toInstant().plusMillis(caseNumber.hashCode() & 0xff));
	}

	static Application application(String agencyCode, RequestSummary request) {
		return new Application(request.caseNumber(), agencyCode, ApplicantType.NATURAL_PERSON, "张三",
				IdDocumentType.RESIDENT_ID_CARD, request.applicantKey(), "13800138000", null, null,
				request.requestedInformation(), request.documentNumber(), ProvisionForm.ELECTRONIC, ObtainingMethod.EMAIL,
				Channel.IN_PERSON, request.receiptDate(), null, null, null, request.receiptDate(), false, null, "clerk",
				request.receivedAt());
	}
}
