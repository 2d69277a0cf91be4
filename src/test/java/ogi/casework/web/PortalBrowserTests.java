package ogi.casework.web;

import static ogi.casework.support.Agencies.ALPHA;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ogi.casework.accounts.Role;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.portal.PortalTestSupport;
import ogi.casework.reply.DeliveryForm;
import ogi.casework.reply.DeliveryMethod;
import ogi.casework.reply.DraftForm;
import ogi.casework.reply.Outcome;
import ogi.casework.reply.ReplyManagement;
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
 * The applicant portal as an applicant uses it, in a real headless Chromium on a 390 px window against the whole
 * application and a real SMTP server: applies with an upload (the page solves the proof-of-work challenge), receives
 * the e-mail with the query code, looks up the status, answers the supplement notice with a file, and downloads the
 * electronically delivered reply; the clerk confirms the online application in the workspace and the receipt date is
 * the confirmation day (Art. 31(3)). Every portal page passes a basic accessibility check and is photographed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestClockConfiguration.class, Agencies.class, CaseProcess.class, Cases.class })
class PortalBrowserTests {

	static final LocalDate FRIDAY = LocalDate.of(2026, 6, 5);

	static final LocalDate TUESDAY = LocalDate.of(2026, 6, 9);

	@DynamicPropertySource
	static void portal(DynamicPropertyRegistry registry) {
		PortalTestSupport.properties(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	Cases cases;

	@Autowired
	IntakeManagement intake;

	@Autowired
	ReplyManagement replies;

	@AfterEach
	void resetClock() {
		clock.setTo(LocalDate.of(2026, 11, 20));
	}

	@Test
	void anApplicantAppliesFollowsSupplementsAndDownloadsTheReplyOnAPhone() throws Exception {
		PortalTestSupport.MAIL.purgeEmailFromAllMailboxes();
		Path proof = Files.createTempFile("identity-", ".png");
		Files.write(proof, PortalTestSupport.PNG);
		Path material = Files.createTempFile("supplement-", ".pdf");
		Files.write(material, PortalTestSupport.PDF);
		String caseNumber;
		String queryCode;

		try (Browser applicant = new Browser(port)) {
			applicant.driver().manage().window().setSize(Browser.NARROW);
			clock.setTo(FRIDAY);
			applicant.open("/portal");
			applicant.assertAccessible();
			narrowScreenshot(applicant, "portal-agencies");
			applicant.one("#agencies li[data-agency='ALPHA'] a.button").click();
			applicant.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("form-apply")));
			applicant.assertAccessible();

			applicant.choose("p-applicant-type", "NATURAL_PERSON");
			applicant.type("p-applicant-name", "李四");
			applicant.choose("p-applicant-idDocumentType", "RESIDENT_ID_CARD");
			applicant.type("p-applicant-idNumber", ApplicationFixtures.residentId(LocalDate.of(1985, 7, 1), 31));
			applicant.type("p-applicant-email", "lisi@example.cn");
			applicant.type("p-requestedInformation", "2025年本区老旧小区改造项目的招标文件");
			applicant.choose("p-provisionForm", "ELECTRONIC");
			applicant.choose("p-obtainingMethod", "ONLINE");
			applicant.byId("p-identityProof").sendKeys(proof.toAbsolutePath().toString());
			narrowScreenshot(applicant, "portal-apply");
			applicant.waitFor(d -> "true".equals(applicant.byId("form-apply").getAttribute("data-solved")));
			applicant.click("submit-application");

			applicant.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("query-code")));
			caseNumber = applicant.text("#case-number");
			queryCode = applicant.text("#query-code");
			assertThat(applicant.pageText()).contains("申请已提交").contains("lisi@example.cn");
			applicant.assertAccessible();
			narrowScreenshot(applicant, "portal-submitted");
		}

		var submittedMail = PortalTestSupport.MAIL.getReceivedMessages();
		assertThat(submittedMail).hasSize(1);
		assertThat(submittedMail[0].getAllRecipients()[0].toString()).isEqualTo("lisi@example.cn");
		assertThat(String.valueOf(submittedMail[0].getContent())).contains(caseNumber).contains(queryCode);

		clock.setTo(TUESDAY);
		try (Browser clerk = new Browser(port)) {
			clerk.signIn(Agencies.username(ALPHA, Role.CLERK), Agencies.PASSWORD);
			clerk.open("/cases/" + caseNumber);
			assertThat(status(clerk)).isEqualTo("AWAITING_CONFIRMATION");
			clerk.click("confirm-application");
			clerk.waitFor(d -> "RECEIVED".equals(status(clerk)));
			// Art. 31(3): received on the day of confirmation, Tue 06-09, not on the submission of Fri 06-05.
			assertThat(clerk.text("#confirmed")).contains(TUESDAY.toString());
			assertThat(intake.find(ALPHA, caseNumber).orElseThrow().receiptDate()).isEqualTo(TUESDAY);

			clerk.choose("registration-decision", "SUPPLEMENT");
			clerk.date("registration-supplement-noticedOn", TUESDAY);
			clerk.type("registration-supplement-items", "请写明招标项目的名称或编号");
			clerk.submit("form-registration");
			clerk.waitFor(d -> "AWAITING_SUPPLEMENT".equals(status(clerk)));
		}
		assertThat(PortalTestSupport.MAIL.getReceivedMessages()).extracting(m -> m.getSubject())
				.anyMatch(subject -> subject.contains("已收到")).anyMatch(subject -> subject.contains("补正"));

		clock.setTo(LocalDate.of(2026, 6, 11));
		try (Browser applicant = new Browser(port)) {
			applicant.driver().manage().window().setSize(Browser.NARROW);
			applicant.open("/portal/status");
			applicant.assertAccessible();
			applicant.type("p-caseNumber", caseNumber);
			applicant.type("p-queryCode", queryCode);
			applicant.waitFor(d -> "true".equals(applicant.byId("form-lookup").getAttribute("data-solved")));
			applicant.click("look-up");
			applicant.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("stage")));
			assertThat(applicant.byId("stage").getAttribute("data-status")).isEqualTo("AWAITING_SUPPLEMENT");
			assertThat(applicant.text("#receipt-date")).isEqualTo(TUESDAY.toString());
			assertThat(applicant.text("#supplement-items")).contains("请写明招标项目的名称或编号");
			assertThat(applicant.pageText()).doesNotContain(Agencies.username(ALPHA, Role.CLERK));
			applicant.assertAccessible();
			narrowScreenshot(applicant, "portal-status-supplement");

			applicant.type("p-content", "项目编号：GC-2025-017");
			applicant.byId("p-files").sendKeys(material.toAbsolutePath().toString());
			applicant.click("send-supplement");
			applicant.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("supplemented")));
			assertThat(applicant.byId("stage").getAttribute("data-status")).isEqualTo("IN_HANDLING");
			// Art. 30: from the supplement's arrival on Thu 06-11, 20 working days, 06-19 off → Fri 07-10.
			assertThat(applicant.text("#due-date")).isEqualTo("2026-07-10");

			replyElectronically(caseNumber);
			assertThat(PortalTestSupport.MAIL.getReceivedMessages()).extracting(m -> m.getSubject())
					.anyMatch(subject -> subject.contains("已答复"));

			clock.setTo(LocalDate.of(2026, 6, 15));
			applicant.open("/portal/status/case");
			applicant.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("download-reply")));
			applicant.assertAccessible();
			narrowScreenshot(applicant, "portal-status-reply");
			@SuppressWarnings("unchecked")
			var download = (Map<String, Object>) ((JavascriptExecutor) applicant.driver()).executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					fetch(document.getElementById('download-reply').href)
					  .then(r => r.arrayBuffer().then(b => done({status: r.status, type: r.headers.get('Content-Type'),
					      start: String.fromCharCode(...new Uint8Array(b).slice(0, 5))})));
					""");
			assertThat(download).containsEntry("status", 200L).containsEntry("type", "application/pdf")
					.containsEntry("start", "%PDF-");
		}
		// The first download is the confirmation of receipt of the electronic delivery (spec G-5).
		assertThat(replies.delivery(ALPHA, caseNumber).orElseThrow().receivedOn()).isEqualTo(LocalDate.of(2026, 6, 15));
		Files.deleteIfExists(proof);
		Files.deleteIfExists(material);
	}

	@Test
	void aDisguisedUploadIsRefusedInChineseOnThePhone() throws Exception {
		Path fake = Files.createTempFile("fake-", ".jpg");
		Files.writeString(fake, "MZ this is not a picture");
		clock.setTo(FRIDAY);
		try (Browser applicant = new Browser(port)) {
			applicant.driver().manage().window().setSize(Browser.NARROW);
			applicant.open("/portal/ALPHA/apply");
			applicant.type("p-applicant-name", "王五");
			applicant.type("p-applicant-idNumber", ApplicationFixtures.residentId(LocalDate.of(1970, 2, 2), 41));
			applicant.type("p-applicant-phone", "13900000000");
			applicant.type("p-requestedInformation", "本区2025年财政预算");
			applicant.byId("p-identityProof").sendKeys(fake.toAbsolutePath().toString());
			applicant.waitFor(d -> "true".equals(applicant.byId("form-apply").getAttribute("data-solved")));
			applicant.click("submit-application");

			applicant.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
			assertThat(applicant.text("#e-identityProof")).contains("只接受 JPG、PNG 图片或 PDF 文件");
			assertThat(applicant.byId("p-applicant-name").getAttribute("value")).isEqualTo("王五");
			applicant.assertAccessible();
			narrowScreenshot(applicant, "portal-apply-refused");
		}
		Files.deleteIfExists(fake);
	}

	private void replyElectronically(String caseNumber) {
		var handler = Agencies.user(ALPHA, Role.HANDLER);
		cases.recordSearch(caseNumber, new SearchForm(LocalDate.of(2026, 6, 11), "招标档案", "老旧小区 招标", "2025年",
				"住建科", true, null), handler);
		cases.draftReply(caseNumber, new DraftForm(Outcome.DISCLOSE, null, null, "见附件招标文件", null, null, null, null),
				handler);
		cases.reviewReply(caseNumber, new ReviewForm(Verdict.APPROVE, null), Agencies.user(ALPHA, Role.REVIEWER));
		cases.deliverReply(caseNumber, new DeliveryForm(DeliveryMethod.ELECTRONIC, LocalDate.of(2026, 6, 11), null,
				"lisi@example.cn"), Agencies.user(ALPHA, Role.CLERK));
	}

	private static void narrowScreenshot(Browser browser, String name) throws Exception {
		assertThat(browser.scrollsSideways()).as(browser.path() + " fits 390 px").isFalse();
		Files.createDirectories(Browser.SCREENSHOTS);
		var file = browser.driver().getScreenshotAs(org.openqa.selenium.OutputType.FILE);
		Files.copy(file.toPath(), Browser.SCREENSHOTS.resolve(name + "-390.png"),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	private static String status(Browser browser) {
		return browser.byId("case-status").getAttribute("data-status");
	}
}
