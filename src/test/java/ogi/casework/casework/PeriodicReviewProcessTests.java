package ogi.casework.casework;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.BETA;
import static ogi.casework.support.Agencies.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import ogi.casework.accounts.Role;
import ogi.casework.publication.ItemDecision;
import ogi.casework.publication.PublicationManagement;
import ogi.casework.reporting.AnnualReport.Scope;
import ogi.casework.reporting.ReportingManagement;
import ogi.casework.publication.PublishedItem;
import ogi.casework.publication.Review;
import ogi.casework.publication.ReviewItem;
import ogi.casework.reply.Outcome;
import ogi.casework.shared.InvalidInput;
import ogi.casework.support.Agencies;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseProcess;
import ogi.casework.support.Cases;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/**
 * The periodic review for proactive disclosure (Arts. 44, 45) driven by its timers on the engine clock: the quarterly
 * timer opens a review for each agency with the quarter's refusals and partial disclosures and its cluster of
 * applications from several applicants; undecided, it is reminded after 10 and escalated after 20 working days (the
 * settings); legal staff decide each item, a publication links the cases that led to it, and the review's process ends
 * with the last decision. Dates by hand: the cron cycle 03:00 on 1 Jan/Apr/Jul/Oct; the 2027 notice is not out, so
 * only weekends are rest days in January 2027.
 */
@CaseworkIntegrationTest
class PeriodicReviewProcessTests {

	@Autowired
	Cases cases;

	@Autowired
	CaseProcess process;

	@Autowired
	PeriodicReviews reviews;

	@Autowired
	PublicationManagement publication;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	Notifying notifying;

	@Autowired
	MutableClock clock;

	@Autowired
	ReportingManagement reporting;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Test
	void theQuarterlyReviewOpensIsRemindedEscalatedAndEndsWhenEveryItemIsDecided() throws Exception {
		var script = new CaseScript(cases, process);
		LocalDate november = LocalDate.of(2026, 11, 3);
		clock.setTo(november);
		String refused = script.open(ALPHA, ApplicationFixtures.anApplication(november));
		script.accept(ALPHA, refused);
		script.reply(ALPHA, refused, DisclosureRequestProcessTests.form(Outcome.DENY), november);
		String partial = script.open(ALPHA, ApplicationFixtures.anApplication(november));
		script.accept(ALPHA, partial);
		script.reply(ALPHA, partial, DisclosureRequestProcessTests.form(Outcome.PARTIAL), november);
		String first = script.open(ALPHA, ApplicationFixtures.anApplicationFor(
				ApplicationFixtures.residentId(LocalDate.of(1975, 3, 4), 11), "某府办发〔2026〕77号", november));
		String second = script.open(ALPHA, ApplicationFixtures.anApplicationFor(
				ApplicationFixtures.residentId(LocalDate.of(1982, 8, 9), 12), "某府办发〔2026〕77号", november));

		// Deployed on 2026-11-20 (the test clock's start): the cycle fires next on 1 January 2027 at 03:00.
		Job timer = startTimer();
		assertThat(timer.getDuedate()).isEqualTo(at(LocalDateTime.of(2027, 1, 1, 3, 0)));
		clock.setTo(LocalDateTime.of(2027, 1, 1, 3, 0));
		management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());

		assertThat(startTimer().getDuedate()).as("the next quarter").isEqualTo(at(LocalDateTime.of(2027, 4, 1, 3, 0)));
		Review review = publication.reviews(ALPHA).get(0);
		assertThat(review.periodFrom()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(review.periodTo()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(publication.reviews(BETA)).isNotEmpty();
		List<ReviewItem> items = publication.items(ALPHA, review.id());
		assertThat(items).anySatisfy(item -> {
			assertThat(item.kind()).isEqualTo(ReviewItem.Kind.REFUSAL);
			assertThat(item.caseNumbers()).containsExactly(refused);
			assertThat(item.ground()).isNotNull();
		});
		assertThat(items).anySatisfy(item -> {
			assertThat(item.kind()).isEqualTo(ReviewItem.Kind.PARTIAL);
			assertThat(item.caseNumbers()).containsExactly(partial);
		});
		ReviewItem cluster = items.stream().filter(item -> item.kind() == ReviewItem.Kind.CLUSTER
				&& item.caseNumbers().contains(first)).findFirst().orElseThrow();
		assertThat(cluster.caseNumbers()).contains(second);
		assertThat(cluster.applicants()).isGreaterThanOrEqualTo(2);

		// Undecided: reminded after 10 working days (Fri 01-15), escalated to the head after 20 (Fri 01-29), at 08:00.
		String instance = reviewInstance(review.id());
		Job reminder = timer(instance, "reviewReminderDue");
		Job escalation = timer(instance, "reviewEscalationDue");
		assertThat(reminder.getDuedate()).isEqualTo(at(LocalDateTime.of(2027, 1, 15, 8, 0)));
		assertThat(escalation.getDuedate()).isEqualTo(at(LocalDateTime.of(2027, 1, 29, 8, 0)));
		clock.setTo(LocalDateTime.of(2027, 1, 15, 8, 0));
		management.executeJob(management.moveTimerToExecutableJob(reminder.getId()).getId());
		clock.setTo(LocalDateTime.of(2027, 1, 29, 8, 0));
		management.executeJob(management.moveTimerToExecutableJob(escalation.getId()).getId());
		var notes = notifying.ofCase(ALPHA, PeriodicReviews.reference(review.id()));
		assertThat(notes).extracting(n -> n.recipient() + " " + n.kind()).containsExactlyInAnyOrder(
				"role:LEGAL REVIEW_REMINDER", "role:HEAD REVIEW_REMINDER", "role:HEAD REVIEW_OVERDUE");

		var legal = user(ALPHA, Role.LEGAL);
		assertThatThrownBy(() -> reviews.decide(review.id(), cluster.id(), new ItemDecision(
				ReviewItem.Decision.PUBLISH, null, null, null, null, null, null), legal))
				.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> reviews.decide(review.id(), cluster.id(), new ItemDecision(
				ReviewItem.Decision.KEEP, null, null, null, null, null, " "), legal)).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> reviews.decide(review.id(), cluster.id(), new ItemDecision(
				ReviewItem.Decision.KEEP, null, null, null, null, null, "涉及个人隐私"), user(ALPHA, Role.CLERK)))
				.isInstanceOf(AccessDeniedException.class);
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isEqualTo(1);

		clock.setTo(LocalDate.of(2027, 2, 1));
		assertThatThrownBy(() -> reviews.decide(review.id(), cluster.id(), new ItemDecision(ReviewItem.Decision.PUBLISH,
				"某府办发〔2026〕77号全文", LocalDate.of(2027, 2, 1), "区政府门户网站", null, "javascript:alert(1)", null), legal))
				.isInstanceOf(InvalidInput.class).hasMessageContaining("link");
		// legal staff decide on the review's page: a publication without its title is shown back at the item
		var session = signIn(user(ALPHA, Role.LEGAL).username());
		String page = mvc.perform(get("/legal/reviews/{id}", review.id()).cookie(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("主动公开评估：2026-10-01 至 2026-12-31", "依申请公开较为集中的信息", "不予公开", "部分公开",
				"decide-" + cluster.id(), first);
		mvc.perform(post("/legal/reviews/{id}/items/{item}", review.id(), cluster.id()).cookie(session).with(csrf())
				.param("decision", "PUBLISH").param("publishedOn", "2027-02-01").param("location", "区政府门户网站"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"error-summary\"")));
		assertThat(publication.published(ALPHA)).isEmpty();
		mvc.perform(post("/legal/reviews/{id}/items/{item}", review.id(), cluster.id()).cookie(session).with(csrf())
				.param("decision", "PUBLISH").param("title", "某府办发〔2026〕77号全文").param("publishedOn", "2027-02-01")
				.param("location", "区政府门户网站“政府信息公开”专栏").param("summary", "多名申请人申请的文件")
				.param("link", "https://www.example.gov.cn/xxgk/77.html"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/legal/reviews/{id}/items/{item}", review.id(), cluster.id())
				.cookie(signIn(user(ALPHA, Role.CLERK).username())).with(csrf()).param("decision", "KEEP")
				.param("reason", "理由")).andExpect(status().isForbidden());
		for (ReviewItem item : publication.items(ALPHA, review.id())) {
			if (!item.decided()) {
				reviews.decide(review.id(), item.id(), new ItemDecision(ReviewItem.Decision.KEEP, null, null, null,
						null, null, "属于不予公开的情形，依法维持"), user(ALPHA, Role.HEAD));
			}
		}

		assertThat(publication.review(ALPHA, review.id()).decided()).isTrue();
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
		PublishedItem published = publication.published(ALPHA).get(0);
		assertThat(published.title()).isEqualTo("某府办发〔2026〕77号全文");
		assertThat(published.caseNumbers()).contains(first, second);
		assertThat(publication.applicationsLeadingToDisclosure(ALPHA, 2027)).isEqualTo(cluster.caseNumbers().size());
		// the annual report for 2027 counts the applications that led to proactive disclosure (Arts. 44, 50)
		assertThat(reporting.annualReport(2027, Scope.AGENCY, user(ALPHA, Role.HEAD)).proactiveDisclosures())
				.isGreaterThanOrEqualTo(2).isEqualTo(cluster.caseNumbers().size());
	}

	private jakarta.servlet.http.Cookie signIn(String username) throws Exception {
		return mvc.perform(post("/login").with(csrf()).param("username", username).param("password", Agencies.PASSWORD))
			.andReturn().getResponse().getCookie("SESSION");
	}

	private Job startTimer() {
		var definition = repository.createProcessDefinitionQuery().processDefinitionKey("periodicReview")
				.latestVersion().singleResult();
		return management.createTimerJobQuery().processDefinitionId(definition.getId()).singleResult();
	}

	private String reviewInstance(long reviewId) {
		return runtime.createProcessInstanceQuery().processDefinitionKey("disclosureReview")
				.processInstanceTenantId(ALPHA).processInstanceBusinessKey("review-" + reviewId).singleResult().getId();
	}

	private Job timer(String instance, String element) {
		return management.createTimerJobQuery().processInstanceId(instance).elementId(element).singleResult();
	}

	private Date at(LocalDateTime time) {
		return Date.from(time.atZone(clock.getZone()).toInstant());
	}
}
