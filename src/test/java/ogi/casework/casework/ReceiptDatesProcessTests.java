package ogi.casework.casework;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.user;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.casework.process.CaseVariables;
import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.reply.DeliveryForm;
import ogi.casework.reply.DeliveryMethod;
import ogi.casework.reply.NoticeDeliveryForm;
import ogi.casework.reply.NoticeKind;
import ogi.casework.reply.Outcome;
import ogi.casework.review.ReviewForm;
import ogi.casework.review.Verdict;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseProcess;
import ogi.casework.support.Cases;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/**
 * Periods that run from the addressee's receipt of a letter move when that receipt is recorded: the supplement period
 * (Art. 30, T2) and the applicant's remedy windows after a posted reply (spec G-5; 民事诉讼法 Art. 85 for the roll past
 * rest days). Dates counted by hand on the 2026 calendar (端午 06-19…06-21 off).
 */
@CaseworkIntegrationTest
class ReceiptDatesProcessTests {

	static final CurrentUser CLERK = user(ALPHA, Role.CLERK);

	static final CurrentUser HANDLER = user(ALPHA, Role.HANDLER);

	static final CurrentUser REVIEWER = user(ALPHA, Role.REVIEWER);

	@Autowired
	Cases cases;

	@Autowired
	CaseProcess process;

	@Autowired
	DeadlineManagement deadlines;

	@Autowired
	IntakeManagement intake;

	@Autowired
	MutableClock clock;

	@Test
	void theSupplementPeriodRunsFromTheApplicantsReceiptOfTheNotice() {
		clock.setTo(LocalDate.of(2026, 6, 10));
		String caseNumber = cases.open(ApplicationFixtures.anApplication(LocalDate.of(2026, 6, 1)), CLERK).caseNumber();
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.SUPPLEMENT,
				new Forms.SupplementNotice(LocalDate.of(2026, 6, 2), "请写明文号", 10), null), CLERK);
		// Until the receipt is known, from the notice of Tue 06-02: 10 working days → Tue 06-16.
		assertThat(supplementDue(caseNumber)).isEqualTo("2026-06-16");

		long notice = intake.supplements(ALPHA, caseNumber).get(0).id();
		cases.recordNoticeDelivery(caseNumber, new NoticeDeliveryForm(NoticeKind.SUPPLEMENT_NOTICE, notice,
				DeliveryMethod.POST, LocalDate.of(2026, 6, 2), "XA000000001CN", null, LocalDate.of(2026, 6, 5)), CLERK);

		// From the return receipt of Fri 06-05: 10 working days, 06-19 a holiday → Mon 06-22.
		assertThat(supplementDue(caseNumber)).isEqualTo("2026-06-22");
		assertThat(process.timer(ALPHA, caseNumber, "supplementPeriodExpired").getDuedate())
				.isEqualTo(CaseVariables.endOf(LocalDate.of(2026, 6, 22), clock.getZone()));
		assertThat(deadlines.ledger(ALPHA, caseNumber)).filteredOn(d -> d.kind() == DeadlineKind.SUPPLEMENT)
				.last().extracting(Deadline::cause).isEqualTo(ogi.casework.deadlines.DeadlineCause.START_MOVED);
	}

	@Test
	void theRemedyWindowsOfAPostedReplyRunFromItsReceiptPresumedUntilTheReturnReceiptComes() {
		clock.setTo(LocalDate.of(2026, 6, 1));
		String caseNumber = cases.open(ApplicationFixtures.anApplication(LocalDate.of(2026, 6, 1)), CLERK).caseNumber();
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null), CLERK);
		cases.recordSearch(caseNumber, new ogi.casework.reply.SearchForm(LocalDate.of(2026, 6, 1), "公文系统",
				"道路维修资金", null, null, true, null), HANDLER);
		cases.draftReply(caseNumber, DisclosureRequestProcessTests.form(Outcome.DISCLOSE), HANDLER);
		cases.reviewReply(caseNumber, new ReviewForm(Verdict.APPROVE, null), REVIEWER);

		cases.deliverReply(caseNumber, new DeliveryForm(DeliveryMethod.POST, LocalDate.of(2026, 6, 1), "XA000000002CN",
				null), CLERK);
		// Posted Mon 06-01, no return receipt: presumed received 7 days later, Mon 06-08 (ogi.delivery, an [I] choice).
		// T12: 60 days after 06-08 → Fri 08-07; T19: 6 months → Tue 12-08.
		assertThat(window(caseNumber, DeadlineKind.RECONSIDERATION_WINDOW)).isEqualTo("2026-08-07");
		assertThat(window(caseNumber, DeadlineKind.LAWSUIT_WINDOW)).isEqualTo("2026-12-08");

		clock.setTo(LocalDate.of(2026, 6, 9));
		cases.recordReplyReceipt(caseNumber, LocalDate.of(2026, 6, 5), CLERK);

		// From the return receipt of Fri 06-05: T12 → Tue 08-04; T19 → Sat 12-05, a rest day, so Mon 12-07.
		assertThat(window(caseNumber, DeadlineKind.RECONSIDERATION_WINDOW)).isEqualTo("2026-08-04");
		assertThat(window(caseNumber, DeadlineKind.LAWSUIT_WINDOW)).isEqualTo("2026-12-07");
		assertThat(process.actions(ALPHA, caseNumber)).endsWith("REPLY_RECEIPT_RECORDED");
	}

	private LocalDate supplementDue(String caseNumber) {
		return deadlines.active(ALPHA, caseNumber, DeadlineKind.SUPPLEMENT).orElseThrow().dueDate();
	}

	private LocalDate window(String caseNumber, DeadlineKind kind) {
		return deadlines.active(ALPHA, caseNumber, kind).orElseThrow().dueDate();
	}
}
