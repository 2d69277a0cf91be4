package ogi.casework.casework;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.casework.process.CaseVariables;
import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.documents.DocumentFormat;
import ogi.casework.documents.DocumentKind;
import ogi.casework.documents.DocumentManagement;
import ogi.casework.documents.StoredDocument;
import ogi.casework.intake.Channel;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.intake.NewApplication;
import ogi.casework.reply.DeliveryForm;
import ogi.casework.reply.DeliveryMethod;
import ogi.casework.reply.DraftForm;
import ogi.casework.reply.Outcome;
import ogi.casework.reply.SearchForm;
import ogi.casework.review.ReviewForm;
import ogi.casework.review.Verdict;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.shared.CaseStatus;
import ogi.casework.shared.InvalidInput;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseProcess;
import ogi.casework.support.Cases;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/**
 * An application the applicant submits on the portal: received in law only on the day the clerk confirms it
 * (Art. 31(3)), so every period starts then and the reply clock does not run before; the applicant's online supplement
 * (Art. 30) and the first download of an electronically delivered reply as its receipt (spec G-5). Dates counted by hand
 * on the 2026 calendar (端午 06-19 off, 06-20/21 a weekend).
 */
@CaseworkIntegrationTest
class OnlineApplicationProcessTests {

	static final CurrentUser CLERK = user(ALPHA, Role.CLERK);

	static final CurrentUser HANDLER = user(ALPHA, Role.HANDLER);

	static final CurrentUser REVIEWER = user(ALPHA, Role.REVIEWER);

	static final LocalDate FRIDAY = LocalDate.of(2026, 6, 5);

	static final LocalDate TUESDAY = LocalDate.of(2026, 6, 9);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };

	@Autowired
	OnlineApplications online;

	@Autowired
	Cases cases;

	@Autowired
	CaseProcess process;

	@Autowired
	DeadlineManagement deadlines;

	@Autowired
	IntakeManagement intake;

	@Autowired
	DocumentManagement documents;

	@Autowired
	MutableClock clock;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	/** The receipt date on each of the case's register search tokens (read in date order for a words search). */
	private List<LocalDate> tokenReceiptDates(String caseNumber) {
		return jdbc.queryForList("select receipt_date from casework_register_token where agency_code = ?"
				+ " and case_number = ?", LocalDate.class, ALPHA, caseNumber);
	}

	@Test
	void anOnlineApplicationIsReceivedOnTheDayTheClerkConfirmsIt() {
		clock.setTo(FRIDAY);
		String caseNumber = submit();

		assertThat(cases.find(caseNumber, CLERK).status()).isEqualTo(CaseStatus.AWAITING_CONFIRMATION);
		assertThat(process.steps(ALPHA, caseNumber)).containsExactly("confirmApplication");
		assertThat(cases.find(caseNumber, CLERK).receiptDate()).isNull();
		assertThat(tokenReceiptDates(caseNumber)).as("the register's search tokens, without a receipt date")
			.isNotEmpty().containsOnlyNulls();
		assertThat(deadlines.ledger(ALPHA, caseNumber)).isEmpty();
		assertThat(process.timer(ALPHA, caseNumber, "replyDeadlineReached").getDuedate())
				.isEqualTo(CaseVariables.endOf(CaseVariables.PARKED, clock.getZone()));
		StoredDocument proof = documents.list(ALPHA, caseNumber).get(0);
		assertThat(proof.kind()).isEqualTo(DocumentKind.IDENTITY_PROOF);
		assertThat(proof.sha256()).isEqualTo(sha256(PNG));

		clock.setTo(TUESDAY);
		var confirmed = online.confirm(caseNumber, new OnlineApplications.Confirmation(null), CLERK);

		// Art. 31(3): received Tue 06-09; 20 working days from the next day, 06-19 off → Wed 07-08 (from the
		// submission of Fri 06-05 it would have been Mon 07-06).
		assertThat(confirmed.receiptDate()).isEqualTo(TUESDAY);
		assertThat(confirmed.replyDueDate()).isEqualTo(LocalDate.of(2026, 7, 8));
		assertThat(confirmed.status()).isEqualTo(CaseStatus.RECEIVED);
		assertThat(process.steps(ALPHA, caseNumber)).containsExactly("registerApplication");
		assertThat(intake.find(ALPHA, caseNumber).orElseThrow().confirmedOn()).isEqualTo(TUESDAY);
		assertThat(tokenReceiptDates(caseNumber)).as("every search token of the case has its receipt date now")
			.isNotEmpty().containsOnly(TUESDAY);
		// T1: 7 working days from the receipt → Thu 06-18.
		assertThat(active(caseNumber, DeadlineKind.SUPPLEMENT_NOTICE).dueDate()).isEqualTo(LocalDate.of(2026, 6, 18));
		assertThat(process.timer(ALPHA, caseNumber, "supplementNoticePeriodPassed").getDuedate())
				.isEqualTo(CaseVariables.endOf(LocalDate.of(2026, 6, 18), clock.getZone()));
		assertThat(process.timer(ALPHA, caseNumber, "replyDeadlineReached").getDuedate())
				.isEqualTo(CaseVariables.endOf(LocalDate.of(2026, 7, 8), clock.getZone()));
		assertThat(documents.list(ALPHA, caseNumber)).extracting(StoredDocument::kind)
				.contains(DocumentKind.ACKNOWLEDGEMENT);
		assertThat(process.actions(ALPHA, caseNumber)).containsSubsequence("APPLICATION_SUBMITTED_ONLINE",
				"APPLICATION_CONFIRMED");
	}

	@Test
	void noPeriodRunsWhileTheConfirmationIsAwaited() {
		clock.setTo(FRIDAY);
		String caseNumber = submit();

		clock.setTo(LocalDate.of(2026, 8, 3));
		process.fire(process.timer(ALPHA, caseNumber, "replyDeadlineReached"));

		assertThat(cases.find(caseNumber, CLERK).status()).isEqualTo(CaseStatus.AWAITING_CONFIRMATION);
		assertThat(process.steps(ALPHA, caseNumber)).containsExactly("confirmApplication");
		assertThat(process.actions(ALPHA, caseNumber)).doesNotContain("REPLY_OVERDUE");
	}

	@Test
	void refusesAConfirmationBeforeTheSubmissionOrInTheFutureAndChangesNothing() {
		clock.setTo(TUESDAY);
		String caseNumber = submit();

		assertThatThrownBy(() -> online.confirm(caseNumber, new OnlineApplications.Confirmation(FRIDAY), CLERK))
				.isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).violations().get(0).field())
				.isEqualTo("dates.confirmedOn");
		assertThatThrownBy(() -> online.confirm(caseNumber,
				new OnlineApplications.Confirmation(TUESDAY.plusDays(1)), CLERK)).isInstanceOf(InvalidInput.class);

		assertThat(cases.find(caseNumber, CLERK).status()).isEqualTo(CaseStatus.AWAITING_CONFIRMATION);
		assertThat(deadlines.ledger(ALPHA, caseNumber)).isEmpty();
		assertThat(intake.find(ALPHA, caseNumber).orElseThrow().receiptDate()).isNull();
	}

	@Test
	void refusesToConfirmAnApplicationTheClerkLogged() {
		clock.setTo(TUESDAY);
		String caseNumber = cases.open(ApplicationFixtures.anApplication(TUESDAY), CLERK).caseNumber();

		assertThatThrownBy(() -> online.confirm(caseNumber, null, CLERK)).isInstanceOf(ActionNotAllowed.class);
		assertThat(process.steps(ALPHA, caseNumber)).containsExactly("registerApplication");
	}

	@Test
	void theApplicantsOnlineSupplementRestartsTheReplyPeriodOnItsArrival() {
		clock.setTo(TUESDAY);
		String caseNumber = submit();
		online.confirm(caseNumber, null, CLERK);
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.SUPPLEMENT,
				new Forms.SupplementNotice(TUESDAY, "请写明所需信息的年份", 10), null), CLERK);

		clock.setTo(LocalDate.of(2026, 6, 12));
		var supplemented = online.supplement(ALPHA, caseNumber, "所需信息为2025年度的",
				List.of(new OnlineApplications.Upload("说明.png", DocumentFormat.PNG, PNG)));

		// Art. 30: from the supplement's arrival on Fri 06-12: 20 working days, 06-19 off → Mon 07-13.
		assertThat(supplemented.status()).isEqualTo(CaseStatus.IN_HANDLING);
		assertThat(supplemented.replyDueDate()).isEqualTo(LocalDate.of(2026, 7, 13));
		assertThat(intake.supplements(ALPHA, caseNumber).get(0).receivedOn()).isEqualTo(LocalDate.of(2026, 6, 12));
		assertThat(intake.supplements(ALPHA, caseNumber).get(0).receivedBy()).isEqualTo(OnlineApplications.APPLICANT);
		assertThat(documents.list(ALPHA, caseNumber)).extracting(StoredDocument::kind)
				.contains(DocumentKind.SUPPLEMENT_MATERIAL);
		assertThatThrownBy(() -> online.supplement(ALPHA, caseNumber, "再次补正", List.of()))
				.isInstanceOf(ActionNotAllowed.class);
	}

	@Test
	void theFirstDownloadOfAnElectronicReplyIsItsReceipt() {
		clock.setTo(TUESDAY);
		String caseNumber = submit();
		online.confirm(caseNumber, null, CLERK);
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null), CLERK);
		cases.recordSearch(caseNumber, new SearchForm(TUESDAY, "公文系统", "道路维修", "2025年", "财务科", true, null), HANDLER);
		cases.draftReply(caseNumber, new DraftForm(Outcome.DISCLOSE, null, null, "见附件", null, null, null, null),
				HANDLER);
		cases.reviewReply(caseNumber, new ReviewForm(Verdict.APPROVE, null), REVIEWER);
		clock.setTo(LocalDate.of(2026, 6, 10));
		cases.deliverReply(caseNumber, new DeliveryForm(DeliveryMethod.ELECTRONIC, LocalDate.of(2026, 6, 10), null,
				"zhang@example.cn"), CLERK);

		clock.setTo(LocalDate.of(2026, 6, 12));
		boolean first = online.replyDownloaded(ALPHA, caseNumber);
		clock.setTo(LocalDate.of(2026, 6, 15));
		boolean second = online.replyDownloaded(ALPHA, caseNumber);

		assertThat(first).isTrue();
		assertThat(second).isFalse();
		// 复议法 Art. 20: 60 days from the receipt on Fri 06-12 → Tue 08-11.
		assertThat(active(caseNumber, DeadlineKind.RECONSIDERATION_WINDOW).dueDate())
				.isEqualTo(LocalDate.of(2026, 8, 11));
		assertThat(process.actions(ALPHA, caseNumber)).containsOnlyOnce("REPLY_RECEIPT_RECORDED");
	}

	private String submit() {
		NewApplication form = ApplicationFixtures.anApplication(null);
		NewApplication online = new NewApplication(form.applicant(), form.requestedInformation(),
				form.documentNumber(), form.provisionForm(), form.obtainingMethod(), Channel.INTERNET,
				new NewApplication.ChannelDates(null, null, null, null), false, null);
		return this.online.submit(ALPHA, online, new OnlineApplications.Upload("身份证.png", DocumentFormat.PNG, PNG))
				.caseNumber();
	}

	private Deadline active(String caseNumber, DeadlineKind kind) {
		return deadlines.active(ALPHA, caseNumber, kind).orElseThrow();
	}

	static String sha256(byte[] bytes) {
		try {
			return java.util.HexFormat.of()
					.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
