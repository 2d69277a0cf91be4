package ogi.casework.casework;

import static ogi.casework.support.Agencies.BETA;
import static ogi.casework.support.Agencies.PASSWORD;
import static ogi.casework.support.Agencies.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.flowable.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ogi.casework.casework.process.CaseVariables;
import ogi.casework.support.Cases;
import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.audit.AuditEntry;
import ogi.casework.audit.AuditManagement;
import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.shared.CaseKey;
import ogi.casework.support.Agencies;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/** A calendar change reaches the open cases it concerns: their due dates, ledgers and timers move with it. */
@CaseworkIntegrationTest
class CalendarChangeIntegrationTests {

	static final String REGION = "CLOCK-TEST-REGION";

	static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);

	static final CurrentUser CLERK = Agencies.user(BETA, Role.CLERK);

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	DeadlineManagement deadlines;

	@Autowired
	AuditManagement audit;

	@Autowired
	ManagementService management;

	@Autowired
	MutableClock clock;

	@Autowired
	ogi.casework.fees.FeeManagement fees;

	@Autowired
	ogi.casework.intake.IntakeManagement intake;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	RemedyWindowSweep remedyWindows;

	@Test
	void aRegionalRestDayMovesTheOpenCasesOfItsAgenciesAndTheirTimers() throws Exception {
		clock.setTo(MONDAY);
		String caseNumber = accepted();
		assertThat(replyDue(caseNumber)).isEqualTo("2026-06-30");

		restingOnWednesday0610(() -> {
			assertThat(replyDue(caseNumber)).as("one working day more").isEqualTo("2026-07-01");
			assertThat(replyTimer(caseNumber)).isEqualTo(endOf(LocalDate.of(2026, 7, 1)));
			assertThat(deadlines.active(BETA, caseNumber, DeadlineKind.REPLY)).get().extracting(Deadline::reason)
					.asString().contains("regional calendar " + REGION);
			assertThat(audit.history(BETA, caseNumber)).extracting(AuditEntry::action).contains("DEADLINE_RECOMPUTED");
			assertThat(jdbc.queryForObject("select reply_due_date from casework_register where agency_code = ?"
					+ " and case_number = ?", LocalDate.class, BETA, caseNumber)).as("the case register follows")
				.isEqualTo("2026-07-01");
		});

		assertThat(replyDue(caseNumber)).as("back on the national calendar").isEqualTo("2026-06-30");
		assertThat(replyTimer(caseNumber)).isEqualTo(endOf(LocalDate.of(2026, 6, 30)));
	}

	@Test
	void aRegionalRestDayMovesTheFeeAndConsultationWindowsInsideTheReply() throws Exception {
		clock.setTo(LocalDate.of(2026, 6, 2));
		var handler = Agencies.user(BETA, Role.HANDLER);
		String caseNumber = accepted();
		cases.noticeFee(caseNumber, new ogi.casework.fees.FeeNoticeForm(ogi.casework.fees.FeeMethod.PER_PAGE, 120,
				new java.math.BigDecimal("1100.00"), "按量计收", LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 2)),
				handler);
		cases.requestConsultation(caseNumber, new ogi.casework.consultation.ConsultationForm(
				ogi.casework.consultation.ConsultationKind.THIRD_PARTY, "某建设公司", "拟公开贵公司投标报价，是否同意？",
				LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 2)), handler);
		cases.recordSearch(caseNumber, new ogi.casework.reply.SearchForm(LocalDate.of(2026, 6, 2), "公文系统", "招标文件",
				null, null, true, null), handler);
		// F-5: 20 working days after Tue 06-02, 06-19 off → Wed 07-01; Arts. 32, 34: 15 → Wed 06-24.
		assertThat(fees.openNotice(BETA, caseNumber).orElseThrow().payableUntil()).isEqualTo("2026-07-01");
		assertThat(consultationWindow(caseNumber)).isEqualTo("2026-06-24");

		restingOnWednesday0610(() -> {
			// one working day more each: the applicant may still pay on Thu 07-02, the party answer on Thu 06-25
			assertThat(fees.openNotice(BETA, caseNumber).orElseThrow().payableUntil()).isEqualTo("2026-07-02");
			assertThat(timer(caseNumber, "feeWindowExpired")).isEqualTo(endOf(LocalDate.of(2026, 7, 2)));
			assertThat(consultationWindow(caseNumber)).isEqualTo("2026-06-25");
			assertThat(timer(caseNumber, "consultationWindowsExpired")).isEqualTo(endOf(LocalDate.of(2026, 6, 25)));
		});

		assertThat(fees.openNotice(BETA, caseNumber).orElseThrow().payableUntil()).isEqualTo("2026-07-01");
		assertThat(consultationWindow(caseNumber)).isEqualTo("2026-06-24");
	}

	@Test
	void aRestDayLoadedAfterAFeeWindowEndedUndoesOrRedatesTheAbandonment() throws Exception {
		clock.setTo(LocalDate.of(2026, 6, 2));
		var handler = Agencies.user(BETA, Role.HANDLER);
		// F-5: 20 working days after the receipt, 06-19 off — Tue 06-02 → Wed 07-01, Mon 06-01 → Tue 06-30
		String stillOpen = feeNoticed(LocalDate.of(2026, 6, 2), handler);
		String passed = feeNoticed(LocalDate.of(2026, 6, 1), handler);
		clock.setTo(LocalDate.of(2026, 7, 2));
		for (String caseNumber : java.util.List.of(stillOpen, passed)) {
			var timer = management.createTimerJobQuery().processInstanceId(cases.find(caseNumber, CLERK)
				.processInstanceId()).elementId("feeWindowExpired").singleResult();
			management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
			assertThat(cases.find(caseNumber, CLERK).outcome()).isEqualTo(ogi.casework.reply.Outcome.ABANDONED_UNPAID);
		}

		restingOnWednesday0610(() -> {
			// one working day more: Thu 07-02 is today, so the applicant may still pay — the abandonment came early
			assertThat(cases.find(stillOpen, CLERK).outcome()).isNull();
			assertThat(fees.openNotice(BETA, stillOpen).orElseThrow().payableUntil()).isEqualTo("2026-07-02");
			assertThat(timer(stillOpen, "feeWindowExpired")).isEqualTo(endOf(LocalDate.of(2026, 7, 2)));
			assertThat(audit.history(BETA, stillOpen)).extracting(AuditEntry::action).contains("CONSEQUENCE_REVERSED");
			// Wed 07-01 has passed all the same: still abandoned, from 07-01
			assertThat(cases.find(passed, CLERK).outcome()).isEqualTo(ogi.casework.reply.Outcome.ABANDONED_UNPAID);
			assertThat(fees.openNotice(BETA, passed).orElseThrow().payableUntil()).isEqualTo("2026-07-01");
			assertThat(audit.history(BETA, passed)).extracting(AuditEntry::action).contains("CONSEQUENCE_REDATED");
		});
	}

	private String feeNoticed(LocalDate receivedOn, CurrentUser handler) {
		String caseNumber = accepted();
		cases.noticeFee(caseNumber, new ogi.casework.fees.FeeNoticeForm(ogi.casework.fees.FeeMethod.PER_PAGE, 120,
				new java.math.BigDecimal("1100.00"), "按量计收", receivedOn, receivedOn), handler);
		return caseNumber;
	}

	@Test
	void aWorkingDayLoadedAfterASupplementNoticeDoesNotEndItsPeriodBeforeTheDateTheNoticeGave() throws Exception {
		clock.setTo(LocalDate.of(2026, 6, 2));
		String caseNumber = cases.open(ApplicationFixtures.anApplication(MONDAY), CLERK).caseNumber();
		restingOnWednesday0610(() -> {
			noticeSupplement(caseNumber, LocalDate.of(2026, 6, 2));
			// by hand: 10 working days after Tue 06-02 with Wed 06-10 off → Wed 06-17, the date on the notice
			assertThat(supplementDue(caseNumber)).isEqualTo("2026-06-17");
		});

		// 06-10 is a working day again: counted afresh the ten days end on Tue 06-16, but the notice said 06-17
		assertThat(supplementDue(caseNumber)).isEqualTo("2026-06-17");
		assertThat(timer(caseNumber, "supplementPeriodExpired")).isEqualTo(endOf(LocalDate.of(2026, 6, 17)));
		clock.setTo(LocalDate.of(2026, 6, 17));
		var file = cases.receiveSupplement(caseNumber,
				new Forms.SupplementReceived(LocalDate.of(2026, 6, 17), "身份证复印件一份"), CLERK);
		assertThat(file.status()).as("received on the notice's last day: in time, no reason for delay asked")
				.isEqualTo(ogi.casework.shared.CaseStatus.IN_HANDLING);
	}

	@Test
	void aWorkingDayLoadedAfterAFeeNoticeDoesNotEndThePaymentWindowBeforeTheDateTheNoticeGave() throws Exception {
		clock.setTo(LocalDate.of(2026, 6, 2));
		var handler = Agencies.user(BETA, Role.HANDLER);
		String caseNumber = accepted();
		restingOnWednesday0610(() -> {
			cases.noticeFee(caseNumber, new ogi.casework.fees.FeeNoticeForm(ogi.casework.fees.FeeMethod.PER_PAGE,
					120, new java.math.BigDecimal("1100.00"), "按量计收", LocalDate.of(2026, 6, 2),
					LocalDate.of(2026, 6, 2)), handler);
			// by hand: 20 working days after Tue 06-02, 06-10 and 06-19 off → Thu 07-02, the date on the notice
			assertThat(fees.openNotice(BETA, caseNumber).orElseThrow().payableUntil()).isEqualTo("2026-07-02");
		});

		// counted afresh without 06-10 the twenty days end on Wed 07-01; the notice said 07-02
		assertThat(fees.openNotice(BETA, caseNumber).orElseThrow().payableUntil()).isEqualTo("2026-07-02");
		assertThat(timer(caseNumber, "feeWindowExpired")).isEqualTo(endOf(LocalDate.of(2026, 7, 2)));
	}

	@Test
	void aRegionalRestDayOnTheLastDayOfARemedyWindowMovesItToTheNextWorkingDay() throws Exception {
		String region = "REMEDY-TEST-REGION";
		clock.setTo(LocalDate.of(2026, 6, 2));
		String caseNumber = cases.open(ApplicationFixtures.anApplication(MONDAY), CLERK).caseNumber();
		// as a delivery leaves them: the applicant knew the reply on Tue 06-02
		deadlines.startRemedyWindows(BETA, caseNumber, LocalDate.of(2026, 6, 2), "signed for on 2026-06-02", false,
				"beta-clerk");
		// by hand: 60 calendar days after 06-02 → Sat 08-01, a rest day, so the next working day Mon 08-03
		assertThat(remedyWindow(caseNumber)).isEqualTo("2026-08-03");

		restingOnTheRemedyWindowsLastDays(region);
		try {
			assertThat(remedyWindow(caseNumber)).as("Mon 08-03 a rest day too: Tue 08-04").isEqualTo("2026-08-04");
			assertThat(deadlines.active(BETA, caseNumber, DeadlineKind.RECONSIDERATION_WINDOW)).get()
				.extracting(Deadline::reason).asString().contains("regional calendar " + region);
			assertThat(deadlines.active(BETA, caseNumber, DeadlineKind.LAWSUIT_WINDOW)).get()
				.extracting(Deadline::dueDate).as("6 months → Wed 12-02, a rest day in the region: Thu 12-03")
				.isEqualTo(LocalDate.of(2026, 12, 3));
			assertThat(audit.history(BETA, caseNumber)).filteredOn(line -> line.action().equals("DEADLINE_RECOMPUTED"))
				.as("each recount in the case's audit trail").hasSizeGreaterThanOrEqualTo(2);
		}
		finally {
			leave(region);
		}

		assertThat(remedyWindow(caseNumber)).as("back on the national calendar").isEqualTo("2026-08-03");
		assertThat(deadlines.active(BETA, caseNumber, DeadlineKind.LAWSUIT_WINDOW)).get()
			.extracting(Deadline::dueDate).isEqualTo(LocalDate.of(2026, 12, 2));
	}

	@Test
	void aRemedyWindowTheCalendarChangeDidNotReachIsRecountedByTheNightlyReconciliation() throws Exception {
		String region = "REMEDY-NIGHT-REGION";
		clock.setTo(LocalDate.of(2026, 6, 2));
		String archived = cases.open(ApplicationFixtures.anApplication(MONDAY), CLERK).caseNumber();
		String ended = cases.open(ApplicationFixtures.anApplication(MONDAY), CLERK).caseNumber();
		String refused = cases.open(ApplicationFixtures.anApplication(MONDAY), CLERK).caseNumber();
		for (String caseNumber : List.of(archived, ended, refused)) {
			deadlines.startRemedyWindows(BETA, caseNumber, LocalDate.of(2026, 6, 2), "signed for on 2026-06-02", false,
					"beta-clerk");
		}
		// as archiving leaves it: the case is closed, its remedy windows run on
		jdbc.update("update casework_case set closed_at = current_timestamp where agency_code = ? and case_number = ?",
				BETA, archived);
		restingOnTheRemedyWindowsLastDays(region);
		try {
			// as if the change's recount of the case had failed (a lock timeout, a node gone) or another node had
			// counted it on its old calendar: the windows still end where the national calendar puts them
			missedByTheChange(archived);
			missedByTheChange(refused);
			clock.setTo(LocalDate.of(2026, 7, 20));
			// and one case whose ledger the database refuses to change tonight
			jdbc.execute("create trigger refuse_remedy_recount before insert on deadlines_entry for each row"
					+ " if new.case_number = '" + refused + "' then"
					+ " signal sqlstate '45000' set message_text = 'refused by the test'; end if");
			try {
				sweep(archived);
			}
			finally {
				jdbc.execute("drop trigger refuse_remedy_recount");
			}
			assertThat(remedyWindow(refused)).as("not recounted").isEqualTo("2026-08-03");
			assertThat(jdbc.queryForList("select recipient from casework_notification where agency_code = ?"
					+ " and case_number = ? and kind = 'REMEDY_WINDOWS_NOT_RECOUNTED'", String.class, BETA, refused))
				.as("told to the agency's administrators").containsExactly("role:ADMIN");
			// by hand: 60 days after 06-02 → Sat 08-01, Mon 08-03 a regional rest day → Tue 08-04; six months → Wed
			// 12-02, a regional rest day → Thu 12-03
			assertThat(remedyWindow(archived)).as("archived, recounted at night").isEqualTo("2026-08-04");
			assertThat(deadlines.active(BETA, archived, DeadlineKind.RECONSIDERATION_WINDOW)).get()
				.extracting(Deadline::reason).asString().contains("daily reconciliation");
			assertThat(deadlines.active(BETA, archived, DeadlineKind.LAWSUIT_WINDOW)).get()
				.extracting(Deadline::dueDate).isEqualTo(LocalDate.of(2026, 12, 3));

			// on 09-10 a window that ended before 08-10, a month before, is out of the sweep's reach (a rest day
			// rolls a last day on by a holiday at most); the running lawsuit window is still recounted
			missedByTheChange(ended);
			clock.setTo(LocalDate.of(2026, 9, 10));
			sweep(ended);
			assertThat(remedyWindow(ended)).as("ended more than a month ago").isEqualTo("2026-08-03");
			assertThat(deadlines.active(BETA, ended, DeadlineKind.LAWSUIT_WINDOW)).get()
				.extracting(Deadline::dueDate).isEqualTo(LocalDate.of(2026, 12, 3));
		}
		finally {
			leave(region);
		}
	}

	@Test
	void aProvisionalRemedyWindowIsCountedFinallyWhenItsYearsNoticeIsLoaded() throws Exception {
		// 2033: a made-up national notice no other test loads; it stays loaded in the shared database
		clock.setTo(MONDAY);
		String caseNumber = cases.open(ApplicationFixtures.anApplication(MONDAY), CLERK).caseNumber();
		clock.setTo(LocalDate.of(2032, 11, 19));
		deadlines.startRemedyWindows(BETA, caseNumber, LocalDate.of(2032, 11, 19), "signed for on 2032-11-19", false,
				"beta-clerk");
		// by hand: 60 days after Fri 2032-11-19 → Tue 2033-01-18; six months → Thu 2033-05-19; 2033's notice is not
		// out, so only its weekends are known to be rest days: both provisional
		assertThat(deadlines.active(BETA, caseNumber, DeadlineKind.RECONSIDERATION_WINDOW)).get()
			.extracting(Deadline::dueDate, Deadline::provisional).containsExactly(LocalDate.of(2033, 1, 18), true);
		assertThat(deadlines.active(BETA, caseNumber, DeadlineKind.LAWSUIT_WINDOW)).get()
			.extracting(Deadline::dueDate, Deadline::provisional).containsExactly(LocalDate.of(2033, 5, 19), true);

		var notice = post("/api/calendar/notices").with(httpBasic(username(BETA, Role.PLATFORM_ADMIN), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"year": 2033, "noticeUrl": "https://example.org/synthetic/2033",
					 "days": [{"date": "2033-01-03", "name": "元旦", "offDay": true},
					          {"date": "2033-01-18", "name": "测试假日", "offDay": true}]}
					""");
		mvc.perform(notice).andExpect(status().isCreated());

		// Tue 01-18 a rest day by the notice → Wed 01-19; Thu 05-19 a working day by it: both final now
		assertThat(deadlines.active(BETA, caseNumber, DeadlineKind.RECONSIDERATION_WINDOW)).get()
			.extracting(Deadline::dueDate, Deadline::provisional).containsExactly(LocalDate.of(2033, 1, 19), false);
		assertThat(deadlines.active(BETA, caseNumber, DeadlineKind.LAWSUIT_WINDOW)).get()
			.extracting(Deadline::dueDate, Deadline::provisional).containsExactly(LocalDate.of(2033, 5, 19), false);
		assertThat(deadlines.active(BETA, caseNumber, DeadlineKind.RECONSIDERATION_WINDOW)).get()
			.extracting(Deadline::reason).asString().contains("calendar notice for 2033");
	}

	/** The case's remedy windows put back where the national calendar ends them, as if no change had reached them. */
	void missedByTheChange(String caseNumber) {
		for (var window : List.of(new Object[] { "RECONSIDERATION_WINDOW", LocalDate.of(2026, 8, 3) },
				new Object[] { "LAWSUIT_WINDOW", LocalDate.of(2026, 12, 2) })) {
			assertThat(jdbc.update("update deadlines_entry set due_date = ? where agency_code = ? and case_number = ?"
					+ " and kind = ? and active = true", window[1], BETA, caseNumber, window[0])).isOne();
		}
	}

	/**
	 * The nightly sweep of remedy windows, from the page holding the case (other tests' cases share the database). Its
	 * cursor compares keys in Java: this agency's generated numbers (fixed width, digits) sort alike in the database.
	 */
	void sweep(String caseNumber) {
		String before = caseNumber.substring(0, caseNumber.length() - 1);
		for (CaseKey after = new CaseKey(BETA, before); after != null && after.agencyCode().equals(BETA)
				&& after.caseNumber().compareTo(caseNumber) < 0;) {
			after = remedyWindows.recountAfter(after).next();
		}
	}

	/**
	 * BETA follows {@code region}, whose rest days fall on the last days of remedy windows known on 2026-06-02: Mon
	 * 08-03 and Wed 12-02. The caller leaves the region again.
	 */
	void restingOnTheRemedyWindowsLastDays(String region) throws Exception {
		admin(post("/api/calendar/regions/{region}/days", region), """
				{"year": 2026, "noticeUrl": "测试政办发〔2026〕10号",
				 "days": [{"date": "2026-08-03", "name": "测试纪念日", "offDay": true},
				          {"date": "2026-12-02", "name": "测试节", "offDay": true}]}
				""");
		admin(put("/api/calendar/regions/{region}/agencies/{agency}", region, BETA), null);
	}

	LocalDate remedyWindow(String caseNumber) {
		return deadlines.active(BETA, caseNumber, DeadlineKind.RECONSIDERATION_WINDOW).orElseThrow().dueDate();
	}

	@Test
	void theNoticesReceiptRecordedAfterAWorkingDayWasLoadedDoesNotEndTheSupplementPeriodBeforeTheNoticesDate()
			throws Exception {
		clock.setTo(LocalDate.of(2026, 6, 5));
		String caseNumber = cases.open(ApplicationFixtures.anApplication(MONDAY), CLERK).caseNumber();
		restingOnWednesday0610(() -> {
			noticeSupplement(caseNumber, LocalDate.of(2026, 6, 5));
			// by hand: 10 working days after Fri 06-05, 06-10 and 06-19 off → Tue 06-23, the date on the notice
			assertThat(supplementDue(caseNumber)).isEqualTo("2026-06-23");
		});
		clock.setTo(LocalDate.of(2026, 6, 8));
		long notice = supplementNoticeId(caseNumber);

		// handed over on Sat 06-06: counted from it without 06-10 the ten days end on Mon 06-22; the notice said 06-23
		cases.recordNoticeDelivery(caseNumber, new ogi.casework.reply.NoticeDeliveryForm(
				ogi.casework.reply.NoticeKind.SUPPLEMENT_NOTICE, notice, ogi.casework.reply.DeliveryMethod.IN_PERSON,
				LocalDate.of(2026, 6, 6), null, "张三", null), CLERK);

		assertThat(deadlines.active(BETA, caseNumber, DeadlineKind.SUPPLEMENT)).get().satisfies(period -> {
			assertThat(period.startDate()).isEqualTo("2026-06-06");
			assertThat(period.dueDate()).isEqualTo("2026-06-23");
		});
		assertThat(timer(caseNumber, "supplementPeriodExpired")).isEqualTo(endOf(LocalDate.of(2026, 6, 23)));
	}

	long supplementNoticeId(String caseNumber) {
		return intake.supplements(BETA, caseNumber).get(0).id();
	}

	@Test
	void aWorkingDayLoadedAfterAConsultationLetterDoesNotEndItsWindowBeforeTheDateTheLetterGave() throws Exception {
		clock.setTo(LocalDate.of(2026, 6, 2));
		var handler = Agencies.user(BETA, Role.HANDLER);
		String caseNumber = accepted();
		restingOnWednesday0610(() -> {
			cases.requestConsultation(caseNumber, new ogi.casework.consultation.ConsultationForm(
					ogi.casework.consultation.ConsultationKind.THIRD_PARTY, "某建设公司", "拟公开贵公司投标报价，是否同意？",
					LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 2)), handler);
			cases.recordSearch(caseNumber, new ogi.casework.reply.SearchForm(LocalDate.of(2026, 6, 2), "公文系统",
					"招标文件", null, null, true, null), handler);
			// by hand: 15 working days after Tue 06-02 with 06-10 and 06-19 off → Thu 06-25, the date in the letter
			assertThat(consultationWindow(caseNumber)).isEqualTo("2026-06-25");
		});

		// counted afresh without 06-10 the fifteen days end on Wed 06-24; the letter said 06-25
		assertThat(consultationWindow(caseNumber)).isEqualTo("2026-06-25");
		assertThat(timer(caseNumber, "consultationWindowsExpired")).isEqualTo(endOf(LocalDate.of(2026, 6, 25)));

		// the party's receipt recorded later (handed over the day it was sent) counts the window again: still 06-25
		cases.recordNoticeDelivery(caseNumber, new ogi.casework.reply.NoticeDeliveryForm(
				ogi.casework.reply.NoticeKind.CONSULTATION_LETTER, 1L, ogi.casework.reply.DeliveryMethod.IN_PERSON,
				LocalDate.of(2026, 6, 2), null, "某建设公司经办人", null), handler);
		assertThat(consultationWindow(caseNumber)).isEqualTo("2026-06-25");
	}

	LocalDate supplementDue(String caseNumber) {
		return deadlines.active(BETA, caseNumber, DeadlineKind.SUPPLEMENT).orElseThrow().dueDate();
	}

	/** A case received on {@link #MONDAY} and registered as complete. */
	String accepted() {
		String caseNumber = cases.open(ApplicationFixtures.anApplication(MONDAY), CLERK).caseNumber();
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null), CLERK);
		return caseNumber;
	}

	/** The clerk registers the case as incomplete: one notice of {@code noticedOn}, 10 working days to supplement. */
	void noticeSupplement(String caseNumber, LocalDate noticedOn) {
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.SUPPLEMENT,
				new Forms.SupplementNotice(noticedOn, "身份证明复印件", 10), null), CLERK);
	}

	/** BETA rests on Wed 2026-06-10 while {@code during} runs, and leaves the region afterwards, whatever happens. */
	void restingOnWednesday0610(During during) throws Exception {
		restOnWednesday0610();
		try {
			during.run();
		}
		finally {
			leave(REGION);
		}
	}

	/** What runs while a regional calendar applies. */
	interface During {

		void run() throws Exception;
	}

	void leave(String region) throws Exception {
		admin(delete("/api/calendar/regions/{region}/agencies/{agency}", region, BETA), null);
	}

	/** BETA joins a region whose notice makes Wed 2026-06-10 a rest day (an ethnic-minority holiday). */
	void restOnWednesday0610() throws Exception {
		admin(post("/api/calendar/regions/{region}/days", REGION), """
				{"year": 2026, "noticeUrl": "测试政办发〔2026〕9号",
				 "days": [{"date": "2026-06-10", "name": "测试民族节日", "offDay": true}]}
				""");
		admin(put("/api/calendar/regions/{region}/agencies/{agency}", REGION, BETA), null);
	}

	LocalDate consultationWindow(String caseNumber) {
		return deadlines.pauses(BETA, caseNumber).stream()
			.filter(p -> p.kind().subject() == ogi.casework.deadlines.PauseKind.Subject.CONSULTATION).findFirst()
			.orElseThrow().plannedEnd();
	}

	Date timer(String caseNumber, String element) {
		return management.createTimerJobQuery().processInstanceId(cases.find(caseNumber, CLERK).processInstanceId())
				.elementId(element).singleResult().getDuedate();
	}

	@Test
	void loadingTheNoticeOfAYearMakesTheDeadlinesReachingItFinal() throws Exception {
		// Received Wed 2026-12-16: 20 working days reach January 2027, whose notice is not out yet.
		clock.setTo(LocalDate.of(2026, 12, 16));
		String caseNumber = cases.open(ApplicationFixtures.anApplication(LocalDate.of(2026, 12, 16)), CLERK)
				.caseNumber();
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null), CLERK);
		var before = cases.find(caseNumber, CLERK);

		platformAdmin(post("/api/calendar/notices"), ogi.casework.calendar.SyntheticNotices.holidayCnJson2027());

		var file = cases.find(caseNumber, CLERK);
		assertThat(file.replyDueProvisional()).isFalse();
		// 元旦 2027-01-01 is a rest day in the (synthetic) notice: 20 working days end on Thu 2027-01-14.
		assertThat(file.replyDueDate()).isEqualTo("2027-01-14");
		assertThat(replyTimer(caseNumber)).isEqualTo(endOf(LocalDate.of(2027, 1, 14)));
		if (before.replyDueProvisional()) {
			assertThat(before.replyDueDate()).as("counted 1 January as a weekday").isEqualTo("2027-01-13");
			assertThat(deadlines.active(BETA, caseNumber, DeadlineKind.REPLY)).get().extracting(Deadline::reason)
					.asString().contains("calendar notice for 2027 loaded by beta-platform_admin");
		}
	}

	/** The national calendar is loaded by a platform administrator (here one whose home agency is BETA). */
	void platformAdmin(MockHttpServletRequestBuilder request, String json) throws Exception {
		request.with(httpBasic(username(BETA, Role.PLATFORM_ADMIN), PASSWORD));
		request.contentType(MediaType.APPLICATION_JSON).content(json);
		mvc.perform(request).andExpect(status().is2xxSuccessful());
	}

	void admin(MockHttpServletRequestBuilder request, String json) throws Exception {
		request.with(httpBasic(username(BETA, Role.ADMIN), PASSWORD));
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		mvc.perform(request).andExpect(status().is2xxSuccessful());
	}

	LocalDate replyDue(String caseNumber) {
		return cases.find(caseNumber, CLERK).replyDueDate();
	}

	Date replyTimer(String caseNumber) {
		return management.createTimerJobQuery().processInstanceId(cases.find(caseNumber, CLERK).processInstanceId())
				.elementId("replyDeadlineReached").singleResult().getDuedate();
	}

	static Date endOf(LocalDate day) {
		return CaseVariables.endOf(day, ogi.casework.support.TestClockConfiguration.ZONE);
	}
}
