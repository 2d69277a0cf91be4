package ogi.casework.casework;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.PASSWORD;
import static ogi.casework.support.Agencies.user;
import static ogi.casework.support.Agencies.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import ogi.casework.shared.CaseStatus;
import ogi.casework.casework.process.CaseVariables;
import ogi.casework.support.Cases;
import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.archive.ArchiveManagement;
import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.litigation.DecisionType;
import ogi.casework.litigation.FilingKind;
import ogi.casework.litigation.LitigationManagement;
import ogi.casework.litigation.MatterForms;
import ogi.casework.litigation.MatterKind;
import ogi.casework.reply.DeliveryForm;
import ogi.casework.reply.DeliveryMethod;
import ogi.casework.reply.Outcome;
import ogi.casework.reply.ReplyManagement;
import ogi.casework.reply.SearchForm;
import ogi.casework.review.ReviewForm;
import ogi.casework.review.Verdict;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseProcess;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/**
 * A reconsideration orders the agency to reply again: legal staff reopen the archived case, which runs a second
 * reply cycle from the handler's research to a second archiving, keeping the first cycle's history.
 */
@CaseworkIntegrationTest
class ReopenedCaseProcessTests {

	static final CurrentUser CLERK = user(ALPHA, Role.CLERK);

	static final CurrentUser HANDLER = user(ALPHA, Role.HANDLER);

	static final CurrentUser REVIEWER = user(ALPHA, Role.REVIEWER);

	static final CurrentUser LEGAL = user(ALPHA, Role.LEGAL);

	@Autowired
	Cases cases;

	@Autowired
	LitigationManagement litigation;

	@Autowired
	DeadlineManagement deadlines;

	@Autowired
	ReplyManagement replies;

	@Autowired
	ArchiveManagement archive;

	@Autowired
	Notifications notifications;

	@Autowired
	CaseProcess process;

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Test
	void aDecisionOrderingANewReplyReopensTheArchivedCaseForASecondCycleThatKeepsTheFirst() throws Exception {
		clock.setTo(LocalDate.of(2026, 6, 1));
		String caseNumber = repliedAndArchived();
		String firstProcess = cases.find(caseNumber, CLERK).processInstanceId();
		clock.setTo(LocalDate.of(2026, 8, 3));
		long matter = orderedToReplyAgain(caseNumber);

		reopen(matter, caseNumber).andExpect(status().isOk())
				// 20 working days from receiving the decision on Mon 08-03 → Mon 08-31.
				.andExpect(jsonPath("$.reopened[0].caseNumber").value(caseNumber))
				.andExpect(jsonPath("$.reopened[0].replyDueOn").value("2026-08-31"));

		var file = cases.find(caseNumber, CLERK);
		assertThat(file.status()).isEqualTo(CaseStatus.IN_HANDLING);
		assertThat(file.replyDueDate()).isEqualTo("2026-08-31");
		assertThat(file.processInstanceId()).isNotEqualTo(firstProcess);
		assertThat(process.steps(ALPHA, caseNumber)).containsExactly("handleRequest");
		assertThat(process.timer(ALPHA, caseNumber, "replyDeadlineReached").getDuedate())
				.isEqualTo(CaseVariables.endOf(LocalDate.of(2026, 8, 31), clock.getZone()));
		assertThat(deadlines.ledger(ALPHA, caseNumber)).filteredOn(d -> d.kind() == DeadlineKind.REPLY)
				.extracting(d -> d.dueDate().toString()).containsExactly("2026-06-30", "2026-08-31");
		assertThat(notifications.ofCase(ALPHA, caseNumber)).extracting(Notification::kind).contains("CASE_REOPENED");
		reopen(matter, caseNumber).andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("reopenedOnce"));

		clock.setTo(LocalDate.of(2026, 8, 5));
		cases.recordSearch(caseNumber, new SearchForm(LocalDate.of(2026, 8, 5), "公文系统、档案室", "道路维修 2025",
				"2025年", "区交通局", true, "按复议决定重新检索"), HANDLER);
		cases.draftReply(caseNumber, DisclosureRequestProcessTests.form(Outcome.DISCLOSE), HANDLER);
		cases.reviewReply(caseNumber, new ReviewForm(Verdict.APPROVE, null), REVIEWER);
		cases.deliverReply(caseNumber, new DeliveryForm(DeliveryMethod.IN_PERSON, LocalDate.of(2026, 8, 5), null,
				"张三"), CLERK);
		cases.archive(caseNumber, CLERK);

		assertThat(cases.find(caseNumber, CLERK).status()).isEqualTo(CaseStatus.ARCHIVED);
		assertThat(replies.deliveries(ALPHA, caseNumber)).extracting(d -> d.deliveredOn().toString())
				.containsExactly("2026-06-01", "2026-08-05");
		assertThat(archive.manifest(ALPHA, caseNumber).version()).isEqualTo(2);
		assertThat(archive.verify(ALPHA, caseNumber).ok()).isTrue();
		List<String> actions = process.actions(ALPHA, caseNumber);
		assertThat(actions).containsSubsequence("REPLY_DELIVERED", "CASE_ARCHIVED", "ARCHIVE_SEALED",
				"MATTER_REGISTERED", "MATTER_DECIDED", "CASE_REOPENED", "SEARCH_RECORDED", "REPLY_DRAFTED",
				"REPLY_APPROVED", "REPLY_DELIVERED", "CASE_ARCHIVED", "ARCHIVE_RESEALED");
	}

	@Test
	void aReopenedCasesNewReplyHasItsOwnExtensionWhateverTheFirstReplyWasGranted() throws Exception {
		clock.setTo(LocalDate.of(2026, 6, 1));
		var head = user(ALPHA, Role.HEAD);
		// the first reply uses the whole of Art. 33(2)'s 20 working days of extension
		String caseNumber = repliedAndArchived(accepted -> {
			cases.requestExtension(accepted, new Forms.ExtensionRequest(
					ogi.casework.deadlines.ExtensionKind.EXTENSION, 20, "需调取多年档案"), HANDLER);
			cases.decideExtension(accepted, new Forms.ExtensionDecision(Verdict.APPROVE, LocalDate.of(2026, 6, 1),
					LocalDate.of(2026, 6, 1), null), head);
		});
		clock.setTo(LocalDate.of(2026, 8, 3));
		reopen(orderedToReplyAgain(caseNumber), caseNumber).andExpect(status().isOk());

		// the new reply (due Mon 08-31) may be extended in its turn: + 10 working days → Mon 09-14
		cases.requestExtension(caseNumber, new Forms.ExtensionRequest(ogi.casework.deadlines.ExtensionKind.EXTENSION,
				10, "复议决定要求重新检索多个部门"), HANDLER);
		cases.decideExtension(caseNumber, new Forms.ExtensionDecision(Verdict.APPROVE, LocalDate.of(2026, 8, 3),
				LocalDate.of(2026, 8, 3), null), head);
		assertThat(cases.find(caseNumber, CLERK).replyDueDate()).isEqualTo(LocalDate.of(2026, 9, 14));
	}

	@Test
	void onlyADecisionOrderingANewReplyReopensACase() throws Exception {
		clock.setTo(LocalDate.of(2026, 6, 1));
		String caseNumber = repliedAndArchived();
		clock.setTo(LocalDate.of(2026, 8, 3));
		long matter = litigation.register(new MatterForms.Registration(MatterKind.RECONSIDERATION, "某某区人民政府",
				"upheld-" + caseNumber, LocalDate.of(2026, 7, 20), null, List.of(caseNumber), null), LEGAL).matter()
				.id();
		litigation.recordDecision(matter, new MatterForms.DecisionForm(DecisionType.UPHELD, LocalDate.of(2026, 7, 31),
				LocalDate.of(2026, 8, 3), null, null, null), LEGAL);

		reopen(matter, caseNumber).andExpect(status().isConflict())
				.andExpect(jsonPath("$.rule").value("newReplyOrdered"));
		assertThat(cases.find(caseNumber, CLERK).status()).isEqualTo(CaseStatus.ARCHIVED);
	}

	@Test
	void aCaseStillInHandlingIsNotReopenedAndNothingIsRecorded() throws Exception {
		clock.setTo(LocalDate.of(2026, 8, 3));
		String caseNumber = cases.open(ApplicationFixtures.anApplication(LocalDate.of(2026, 7, 1)), CLERK)
				.caseNumber();
		long matter = orderedToReplyAgain(caseNumber);

		reopen(matter, caseNumber).andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("replied"));

		assertThat(litigation.find(matter, LEGAL).reopened()).isEmpty();
		assertThat(deadlines.latestReplyCycle(ALPHA, caseNumber)).isEmpty();
	}

	private String repliedAndArchived() {
		return repliedAndArchived(accepted -> {
		});
	}

	/** A case received, accepted, {@code whileHandled}, replied on 06-01 and archived. */
	private String repliedAndArchived(java.util.function.Consumer<String> whileHandled) {
		String caseNumber = cases.open(ApplicationFixtures.anApplication(LocalDate.of(2026, 6, 1)), CLERK)
				.caseNumber();
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null), CLERK);
		whileHandled.accept(caseNumber);
		cases.recordSearch(caseNumber, new SearchForm(LocalDate.of(2026, 6, 1), "公文系统", "道路维修", null, null, true,
				null), HANDLER);
		cases.draftReply(caseNumber, DisclosureRequestProcessTests.form(Outcome.DISCLOSE), HANDLER);
		cases.reviewReply(caseNumber, new ReviewForm(Verdict.APPROVE, null), REVIEWER);
		cases.deliverReply(caseNumber, new DeliveryForm(DeliveryMethod.IN_PERSON, LocalDate.of(2026, 6, 1), null,
				"张三"), CLERK);
		cases.archive(caseNumber, CLERK);
		return caseNumber;
	}

	private long orderedToReplyAgain(String caseNumber) {
		long matter = litigation.register(new MatterForms.Registration(MatterKind.RECONSIDERATION, "某某区人民政府",
				"reply-again-" + caseNumber, LocalDate.of(2026, 7, 20), null, List.of(caseNumber), null), LEGAL)
				.matter().id();
		litigation.recordFiling(matter, new MatterForms.FilingForm(FilingKind.REPLY_AND_EVIDENCE,
				LocalDate.of(2026, 7, 22), null), LEGAL);
		litigation.recordDecision(matter, new MatterForms.DecisionForm(DecisionType.ORDERED_TO_REPLY_AGAIN,
				LocalDate.of(2026, 7, 31), LocalDate.of(2026, 8, 3), null, null, null), LEGAL);
		return matter;
	}

	private ResultActions reopen(long matter, String caseNumber) throws Exception {
		return mvc.perform(post("/api/matters/{id}/reopenings", matter)
				.with(httpBasic(username(ALPHA, Role.LEGAL), PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"caseNumber\": \"" + caseNumber + "\"}"));
	}
}
