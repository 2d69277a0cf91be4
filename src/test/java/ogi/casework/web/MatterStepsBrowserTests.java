package ogi.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

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

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.casework.Forms;
import ogi.casework.litigation.FilingKind;
import ogi.casework.litigation.LitigationManagement;
import ogi.casework.litigation.MatterForms;
import ogi.casework.litigation.MatterKind;
import ogi.casework.litigation.MatterView;
import ogi.casework.reply.DeliveryForm;
import ogi.casework.reply.DeliveryMethod;
import ogi.casework.reply.DraftForm;
import ogi.casework.reply.Outcome;
import ogi.casework.reply.SearchForm;
import ogi.casework.review.ReviewForm;
import ogi.casework.review.Verdict;
import ogi.casework.support.Agencies;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseProcess;
import ogi.casework.support.Cases;
import ogi.casework.support.MutableClock;
import ogi.casework.support.TestClockConfiguration;

/**
 * A matter worked to its end in Chromium on its page, as legal staff would: a lawsuit's defence filed, the judgment
 * recorded and served (the appeal period shown), the agency's appeal and the second instance; a reconsideration that
 * orders a new reply, and the replied case reopened from the matter page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestClockConfiguration.class, Agencies.class, CaseProcess.class, Cases.class })
class MatterStepsBrowserTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	static final CurrentUser LEGAL = Agencies.user(Agencies.ALPHA, Role.LEGAL);

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	Cases cases;

	@Autowired
	LitigationManagement litigation;

	@AfterEach
	void resetClock() {
		clock.setTo(TODAY);
	}

	@Test
	void legalStaffRecordALawsuitToItsSecondInstanceAndReopenACaseAReconsiderationSentBack() {
		clock.setTo(TODAY);
		String sued = repliedAndArchived();
		String reconsidered = repliedAndArchived();
		long lawsuit = litigation.register(new MatterForms.Registration(MatterKind.LAWSUIT_DIRECT, "某某区人民法院",
				"（2026）某0102行初" + sued.substring(sued.length() - 4) + "号", LocalDate.of(2026, 9, 1), null,
				List.of(sued), null), LEGAL).matter().id();
		long reconsideration = litigation.register(new MatterForms.Registration(MatterKind.RECONSIDERATION,
				"某某区人民政府", "某复〔2026〕" + reconsidered.substring(reconsidered.length() - 4) + "号",
				LocalDate.of(2026, 11, 2), null, List.of(reconsidered), null), LEGAL).matter().id();
		litigation.recordFiling(reconsideration, new MatterForms.FilingForm(FilingKind.REPLY_AND_EVIDENCE,
				LocalDate.of(2026, 11, 5), null), LEGAL);

		try (Browser legal = new Browser(port)) {
			legal.signIn(LEGAL.username(), Agencies.PASSWORD);
			legal.open("/legal/matters/" + lawsuit);
			legal.choose("filing-kind", "REPLY_AND_EVIDENCE");
			legal.date("filing-filedOn", LocalDate.of(2026, 9, 10));
			legal.type("filing-note", "答辩状及证据目录");
			legal.done("form-filing", "已登记提交的材料");

			legal.choose("decision-type", "REVOKED");
			legal.date("decision-decidedOn", LocalDate.of(2026, 11, 9));
			legal.done("form-decision", "已登记决定");

			// 行政诉讼法 Art. 85: an appeal within 15 days of the judgment's service, Tue 11-10 → Wed 11-25
			legal.choose("service-document", "JUDGMENT");
			legal.date("service-servedOn", LocalDate.of(2026, 11, 10));
			legal.done("form-service", "已登记送达");
			assertThat(legal.pageText()).contains("2026-11-25");

			legal.date("appeal-lodgedOn", LocalDate.of(2026, 11, 19));
			legal.choose("appeal-lodgedBy", "AGENCY");
			legal.done("form-appeal", "已登记上诉");

			legal.choose("second-type", "DISMISSED");
			legal.date("second-decidedOn", TODAY);
			legal.done("form-second-instance", "已登记二审结果");
			assertThat(legal.all("#form-second-instance")).as("the second instance, once recorded").isEmpty();
			legal.assertAccessible();
			legal.screenshots("matter-second-instance", sued, String.valueOf(lawsuit));

			legal.open("/legal/matters/" + reconsideration);
			legal.choose("decision-type", "ORDERED_TO_REPLY_AGAIN");
			legal.date("decision-decidedOn", LocalDate.of(2026, 11, 16));
			legal.date("decision-receivedOn", LocalDate.of(2026, 11, 18));
			legal.done("form-decision", "已登记决定");
			legal.choose("reopen-caseNumber", reconsidered);
			legal.click("reopen");
			legal.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice.success"),
					"申请已重新进入办理"));
			assertThat(legal.all("#form-reopen")).as("nothing left to reopen").isEmpty();
			legal.screenshots("matter-reopened", reconsidered, String.valueOf(reconsideration));
		}

		MatterView sentBack = litigation.find(reconsideration, LEGAL);
		assertThat(sentBack.reopened()).extracting(MatterView.Reopened::caseNumber).containsExactly(reconsidered);
		assertThat(cases.view(sued, Agencies.user(Agencies.ALPHA, Role.HEAD)).history()).extracting(entry -> entry.action()).contains("MATTER_DECIDED",
				"MATTER_JUDGMENT_SERVED", "MATTER_APPEALED", "MATTER_SECOND_INSTANCE_DECIDED");
	}

	private String repliedAndArchived() {
		LocalDate received = LocalDate.of(2026, 6, 1);
		CurrentUser clerk = Agencies.user(Agencies.ALPHA, Role.CLERK);
		CurrentUser handler = Agencies.user(Agencies.ALPHA, Role.HANDLER);
		String caseNumber = cases.open(ApplicationFixtures.anApplication(received), clerk).caseNumber();
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null), clerk);
		cases.recordSearch(caseNumber, new SearchForm(received, "公文系统", "道路维修", null, null, true, null), handler);
		cases.draftReply(caseNumber, new DraftForm(Outcome.DISCLOSE, null, null, "于2026年6月5日当面提供", null, null,
				null, null), handler);
		cases.reviewReply(caseNumber, new ReviewForm(Verdict.APPROVE, null), Agencies.user(Agencies.ALPHA,
				Role.REVIEWER));
		cases.deliverReply(caseNumber, new DeliveryForm(DeliveryMethod.IN_PERSON, received, null, "张三"), clerk);
		cases.archive(caseNumber, clerk);
		return caseNumber;
	}

}
