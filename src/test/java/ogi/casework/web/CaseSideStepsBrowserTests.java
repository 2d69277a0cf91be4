package ogi.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import ogi.casework.accounts.Role;
import ogi.casework.casework.Forms;
import ogi.casework.reply.Art35Inquiry;
import ogi.casework.support.Agencies;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseProcess;
import ogi.casework.support.Cases;
import ogi.casework.support.MutableClock;
import ogi.casework.support.TestClockConfiguration;

/**
 * The steps beside a case's main line, worked in Chromium on the case page as the handler would: a department's
 * search (协查) asked and answered, the applicant asked for reasons (Art. 35) and the reasons assessed, a fee noticed
 * (国办函〔2020〕109号) and paid, a consultation letter's delivery recorded, and a joint deliberation (会商) opened, whose
 * invited reviewer records an opinion on the same page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestClockConfiguration.class, Agencies.class, CaseProcess.class, Cases.class })
class CaseSideStepsBrowserTests {

	static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	Cases cases;

	@AfterEach
	void resetClock() {
		clock.setTo(MONDAY);
	}

	@Test
	void theHandlerWorksTheSideStepsOnTheCasePageAndAnInvitedReviewerGivesAnOpinion() {
		clock.setTo(MONDAY);
		String caseNumber = cases.open(ApplicationFixtures.anApplication(MONDAY),
				Agencies.user(Agencies.ALPHA, Role.CLERK)).caseNumber();
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null),
				Agencies.user(Agencies.ALPHA, Role.CLERK));
		String reviewer = user(Role.REVIEWER);
		try (Browser handler = new Browser(port)) {
			handler.signIn(user(Role.HANDLER), Agencies.PASSWORD);
			handler.open("/tasks?step=handleRequest");
			handler.one("tr[data-case='" + caseNumber + "'][data-step='handleRequest'] button.claim").click();
			handler.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("case-status")));

			moreActions(handler);
			handler.type("assistance-department", "财政科");
			handler.date("assistance-askedOn", MONDAY);
			handler.date("assistance-dueOn", MONDAY.plusDays(4));
			handler.type("assistance-request", "请检索2025年道路维修资金的拨付文件。");
			handler.done("form-assistance", "已发出协查请求");

			moreActions(handler);
			handler.choose("assistance-answer-1-found", "true");
			handler.date("assistance-answer-1-answeredOn", MONDAY);
			handler.type("assistance-answer-1-searched", "财政科档案室");
			handler.type("assistance-answer-1-answer", "找到拨付文件三份。");
			handler.done("form-assistance-answer-1", "已记录协查答复");

			moreActions(handler);
			handler.date("art35-askedOn", MONDAY);
			handler.type("art35-volume", "一个月内提出同类申请四十件");
			handler.done("form-art35-request", "已发出说明理由通知");

			moreActions(handler);
			handler.choose("art35a-assessment", "REASONABLE");
			handler.date("art35a-reasonsReceivedOn", MONDAY);
			handler.type("art35a-reasons", "用于道路维修资金使用情况的课题研究。");
			handler.type("art35a-note", "理由合理，继续办理。");
			handler.done("form-art35-assessment", "已记录审查结论");

			// 按量计收 (Art. 5): 120 pages → pages 31–100 at ¥10 and 101–120 at ¥20 = 700 + 400
			moreActions(handler);
			handler.choose("fee-method", "PER_PAGE");
			handler.type("fee-quantity", "120");
			handler.date("fee-noticedOn", MONDAY);
			handler.date("fee-receivedOn", MONDAY);
			handler.done("form-fee-notice", "已发出收费通知");
			handler.date("payment-paidOn", MONDAY);
			handler.done("form-fee-payment", "已记录缴费");

			handler.choose("consultation-kind", "THIRD_PARTY");
			handler.type("consultation-party", "某某建设有限公司");
			handler.date("consultation-sentOn", MONDAY);
			handler.type("consultation-question", "申请公开的合同涉及贵公司商业秘密，请在十五个工作日内提出意见。");
			handler.done("form-consultation", "已发出征求意见书");
			handler.choose("notice-notice", "CONSULTATION_LETTER");
			handler.type("notice-reference", "1");
			handler.choose("notice-method", "POST");
			handler.date("notice-deliveredOn", MONDAY);
			handler.type("notice-trackingNumber", "1187654321098");
			handler.type("notice-recipient", "某某建设有限公司");
			handler.done("form-notice-delivery", "已记录告知书送达");

			moreActions(handler);
			handler.type("deliberation-topic", "申请公开的会议纪要是否属于过程性信息");
			handler.type("deliberation-participants", reviewer);
			handler.done("form-deliberation", "已发起会商");

			for (String action : new String[] { "ASSISTANCE_REQUESTED", "ASSISTANCE_ANSWERED", "ART35_REASONS_REQUESTED",
					"ART35_REASONS_ASSESSED", "FEE_NOTICE_SENT", "FEE_PAID", "NOTICE_DELIVERED",
					"DELIBERATION_OPENED" }) {
				assertThat(handler.all("#timeline li[data-action='" + action + "']")).as(action).hasSize(1);
			}
			moreActions(handler);
			handler.driver().executeScript("arguments[0].scrollIntoView()", handler.one("#more-actions"));
			handler.assertAccessible();
			handler.screenshots("case-side-steps", caseNumber, reviewer, "1187654321098");
		}
		try (Browser invited = new Browser(port)) {
			invited.signIn(reviewer, Agencies.PASSWORD);
			invited.open("/cases/" + caseNumber);
			assertThat(invited.text("#form-deliberation-opinion")).contains("申请公开的会议纪要是否属于过程性信息");
			invited.type("opinion-opinion", "属于过程性信息，建议不予公开。");
			invited.done("form-deliberation-opinion", "已记录会商意见");
			assertThat(invited.all("#form-deliberation-opinion")).as("the opinion form once answered").isEmpty();
		}

		var view = cases.view(caseNumber, Agencies.user(Agencies.ALPHA, Role.HANDLER));
		assertThat(view.assistance()).singleElement().satisfies(a -> assertThat(a.department()).isEqualTo("财政科"));
		assertThat(view.art35().assessment()).isEqualTo(Art35Inquiry.Assessment.REASONABLE);
		assertThat(view.fees()).singleElement().satisfies(fee -> {
			assertThat(fee.amount()).isEqualByComparingTo(new BigDecimal("1100"));
			assertThat(fee.isOpen()).isFalse();
		});
		assertThat(view.deliberation().opinions()).singleElement()
			.satisfies(opinion -> assertThat(opinion.opinion()).isEqualTo("属于过程性信息，建议不予公开。"));
	}

	/** Opens the case page's "more actions" unless it is open. */
	private static void moreActions(Browser browser) {
		if (browser.one("#more-actions").getAttribute("open") == null) {
			browser.one("#more-actions summary").click();
		}
	}

	private static String user(Role role) {
		return Agencies.username(Agencies.ALPHA, role);
	}
}
