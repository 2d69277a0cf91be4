package ogi.casework.documents;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.casework.Forms;
import ogi.casework.reply.DeliveryForm;
import ogi.casework.reply.DeliveryMethod;
import ogi.casework.reply.DraftForm;
import ogi.casework.reply.SearchForm;
import ogi.casework.reply.Outcome;
import ogi.casework.review.ReviewForm;
import ogi.casework.review.Verdict;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseProcess;
import ogi.casework.support.Cases;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/**
 * Letters are rendered after the action that issued them commits, from the durable row it wrote (issue #13): here
 * nothing renders right after the commit (after-commit NONE), so each test sees the row first and then sweeps by hand,
 * as a node's scheduled sweep would — after a failure, after a node stopped, or on two nodes at once.
 */
@CaseworkIntegrationTest
@TestPropertySource(properties = { "ogi.documents.letters.after-commit=NONE", "ogi.documents.letters.max-attempts=3" })
class LetterOutboxIntegrationTests {

	static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

	static final CurrentUser CLERK = user(ALPHA, Role.CLERK);

	static final CurrentUser HANDLER = user(ALPHA, Role.HANDLER);

	static final CurrentUser REVIEWER = user(ALPHA, Role.REVIEWER);

	@Autowired
	Cases cases;

	@Autowired
	CaseProcess process;

	@Autowired
	MutableClock clock;

	@Autowired
	DocumentManagement documents;

	@Autowired
	LetterOutbox outbox;

	@Autowired
	DueLetters due;

	@MockitoSpyBean
	DocumentRendering rendering;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@BeforeEach
	void itIsFridayMorning() {
		clock.setTo(FRIDAY);
		clearInvocations(rendering);
	}

	@AfterEach
	void renderingWorksAgain() {
		reset(rendering);
	}

	@Test
	void intakeCommitsWithoutRenderingAndTheSweepStoresTheLetterAfterwards() {
		Instant received = clock.instant();

		String caseNumber = receive();

		assertThat(documents.list(ALPHA, caseNumber)).isEmpty();
		verify(rendering, never()).renderAll(anyString(), any(), any());
		assertThat(documents.dueLetters(ALPHA, caseNumber)).singleElement().satisfies(letter -> {
			assertThat(letter.kind()).isEqualTo(DocumentKind.ACKNOWLEDGEMENT);
			assertThat(letter.status()).isEqualTo(DueLetter.Status.DUE);
			assertThat(letter.attempts()).isZero();
		});
		assertThat(documents.issuedSince(ALPHA, caseNumber, DocumentKind.ACKNOWLEDGEMENT, received)).isTrue();

		assertThat(outbox.sweep()).isGreaterThanOrEqualTo(1);

		assertThat(documents.list(ALPHA, caseNumber)).extracting(StoredDocument::kind, StoredDocument::format,
				StoredDocument::createdBy)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(DocumentKind.ACKNOWLEDGEMENT, DocumentFormat.DOCX,
					CLERK.username()),
					org.assertj.core.groups.Tuple.tuple(DocumentKind.ACKNOWLEDGEMENT, DocumentFormat.PDF,
							CLERK.username()));
		assertThat(documents.dueLetters(ALPHA, caseNumber)).isEmpty();
		assertThat(pdfText(caseNumber, DocumentKind.ACKNOWLEDGEMENT)).contains("政府信息公开申请接收回执", "2026年11月20日");
	}

	@Test
	void aRenderingThatFailsAfterTheCommitIsRetriedAfterItsWaitAndThenStored() {
		doThrow(new IllegalStateException("out of memory while embedding the font")).doCallRealMethod()
			.when(rendering).renderAll(anyString(), any(), any());
		String caseNumber = receive();

		outbox.sweep();

		assertThat(documents.list(ALPHA, caseNumber)).isEmpty();
		DueLetter failed = documents.dueLetters(ALPHA, caseNumber).get(0);
		assertThat(failed.status()).isEqualTo(DueLetter.Status.DUE);
		assertThat(failed.attempts()).isEqualTo(1);
		assertThat(failed.lastError()).contains("out of memory while embedding the font");
		// first-retry 1m (the default)
		assertThat(failed.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

		clock.advance(Duration.ofSeconds(59));
		outbox.sweep();
		assertThat(documents.list(ALPHA, caseNumber)).isEmpty();

		clock.advance(Duration.ofSeconds(1));
		outbox.sweep();
		assertThat(documents.list(ALPHA, caseNumber)).extracting(StoredDocument::format)
			.containsExactly(DocumentFormat.DOCX, DocumentFormat.PDF);
		assertThat(documents.dueLetters(ALPHA, caseNumber)).isEmpty();
	}

	@Test
	void aLetterThatKeepsFailingIsGivenUpVisiblyAndRenderedWhenAskedForAgain() throws Exception {
		doThrow(new IllegalStateException("template store unreachable")).when(rendering)
			.renderAll(anyString(), any(), any());
		Instant received = clock.instant();
		String caseNumber = receive();

		// attempts 1, 2, 3 (max-attempts): waits of 1 and 2 minutes between them
		outbox.sweep();
		clock.advance(Duration.ofMinutes(1));
		outbox.sweep();
		clock.advance(Duration.ofMinutes(2));
		outbox.sweep();

		DueLetter givenUp = documents.dueLetters(ALPHA, caseNumber).get(0);
		assertThat(givenUp.status()).isEqualTo(DueLetter.Status.FAILED);
		assertThat(givenUp.attempts()).isEqualTo(3);
		assertThat(process.actions(ALPHA, caseNumber)).contains(RenderingDueLetters.GIVEN_UP);
		assertThat(documents.issuedSince(ALPHA, caseNumber, DocumentKind.ACKNOWLEDGEMENT, received))
			.isFalse();
		clock.advance(Duration.ofHours(2));
		outbox.sweep();
		assertThat(documents.dueLetters(ALPHA, caseNumber)).extracting(DueLetter::status)
			.containsExactly(DueLetter.Status.FAILED);

		// the clerk's case page shows the letter given up, and asks for it again there
		var clerk = signIn(Role.CLERK);
		String page = mvc.perform(get("/cases/" + caseNumber).cookie(clerk)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("data-status=\"FAILED\"", "多次生成失败", "retry-letter-" + givenUp.id());
		doCallRealMethod().when(rendering).renderAll(anyString(), any(), any());
		mvc.perform(post("/cases/" + caseNumber + "/due-letters/" + givenUp.id() + "/retry").with(csrf())
			.cookie(clerk)).andExpect(status().is3xxRedirection());
		outbox.sweep();
		assertThat(mvc.perform(get("/cases/" + caseNumber).cookie(clerk)).andReturn().getResponse()
			.getContentAsString()).doesNotContain("id=\"due-letters\"");

		assertThat(documents.list(ALPHA, caseNumber)).hasSize(2);
		assertThat(documents.dueLetters(ALPHA, caseNumber)).isEmpty();
		assertThat(process.actions(ALPHA, caseNumber)).contains("LETTER_REQUESTED_AGAIN");
	}

	@Test
	void aLetterLeftClaimedByANodeThatStoppedIsRenderedOnceByAnotherAfterTheLease() {
		String caseNumber = receive();
		long id = documents.dueLetters(ALPHA, caseNumber).get(0).id();
		// a node claimed it and stopped before storing it
		assertThat(due.claim(id, "node-that-stopped", clock.instant(), clock.instant().plus(Duration.ofMinutes(5))))
			.isEqualTo(1);

		outbox.sweep();
		assertThat(documents.list(ALPHA, caseNumber)).isEmpty();

		clock.advance(Duration.ofMinutes(5));
		outbox.sweep();
		outbox.sweep();

		assertThat(documents.list(ALPHA, caseNumber)).hasSize(2);
		assertThat(documents.dueLetters(ALPHA, caseNumber)).isEmpty();
		// the stopped node, were it to come back, could no longer store it a second time
		assertThat(due.remove(id, "node-that-stopped")).isZero();
	}

	@Test
	void twoSweepersAtOnceStoreEachLetterOnce() throws Exception {
		List<String> caseNumbers = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			caseNumbers.add(receive());
		}
		CountDownLatch start = new CountDownLatch(1);
		Callable<Integer> sweeper = () -> {
			start.await();
			return outbox.sweep();
		};
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> first = nodes.submit(sweeper);
			Future<Integer> second = nodes.submit(sweeper);
			start.countDown();

			int stored = first.get(2, TimeUnit.MINUTES) + second.get(2, TimeUnit.MINUTES);

			assertThat(stored).isGreaterThanOrEqualTo(caseNumbers.size());
		}
		finally {
			nodes.shutdownNow();
		}
		for (String caseNumber : caseNumbers) {
			assertThat(documents.list(ALPHA, caseNumber)).as(caseNumber).extracting(StoredDocument::format)
				.containsExactly(DocumentFormat.DOCX, DocumentFormat.PDF);
			assertThat(documents.dueLetters(ALPHA, caseNumber)).isEmpty();
		}
	}

	@Test
	void aCaseIsNotArchivedWhileItsReplyLetterIsStillToComeAndIsOnceItIsStored() {
		String caseNumber = cases.open(ApplicationFixtures.anApplication(FRIDAY), CLERK).caseNumber();
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null), CLERK);
		cases.recordSearch(caseNumber, new SearchForm(FRIDAY, "区政府公文系统", "道路维修 资金", "2025-01-01至2025-12-31",
				"财务科", true, null), HANDLER);
		cases.draftReply(caseNumber, new DraftForm(Outcome.DISCLOSE, null, null, "于2026年12月1日前通过电子邮件提供", null,
				null, null, null), HANDLER);
		cases.reviewReply(caseNumber, new ReviewForm(Verdict.APPROVE, null), REVIEWER);
		// the reply letter issued at approval counts as issued: delivery does not issue a second one
		cases.deliverReply(caseNumber, new DeliveryForm(DeliveryMethod.IN_PERSON, FRIDAY, null, "张三"), CLERK);
		assertThat(documents.dueLetters(ALPHA, caseNumber)).extracting(DueLetter::kind)
			.containsExactly(DocumentKind.ACKNOWLEDGEMENT, DocumentKind.REPLY_LETTER);

		assertThatThrownBy(() -> cases.archive(caseNumber, CLERK)).isInstanceOfSatisfying(ActionNotAllowed.class,
				e -> assertThat(e.rule()).isEqualTo("lettersPending"));
		assertThat(process.steps(ALPHA, caseNumber)).containsExactly("archiveCase");

		outbox.sweep();
		cases.archive(caseNumber, CLERK);

		assertThat(process.actions(ALPHA, caseNumber)).contains("CASE_ARCHIVED");
		assertThat(documents.list(ALPHA, caseNumber)).extracting(StoredDocument::kind).containsExactly(
				DocumentKind.ACKNOWLEDGEMENT, DocumentKind.ACKNOWLEDGEMENT, DocumentKind.REPLY_LETTER,
				DocumentKind.REPLY_LETTER);
	}

	@Test
	void aCaseWhoseLetterWasGivenUpIsArchivedOnlyOnceTheLetterIsAskedForAgainAndStored() {
		doThrow(new IllegalStateException("template store unreachable")).when(rendering)
			.renderAll(anyString(), any(), any());
		String caseNumber = cases.open(ApplicationFixtures.anApplication(FRIDAY), CLERK).caseNumber();
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ON_THE_SPOT, null,
				new DraftForm(Outcome.ALREADY_PUBLIC, null, null, "已在区政府门户网站公开：https://www.example.gov.cn/x",
						null, null, null, null)), CLERK);
		outbox.sweep();
		clock.advance(Duration.ofMinutes(1));
		outbox.sweep();
		clock.advance(Duration.ofMinutes(2));
		outbox.sweep();
		assertThat(documents.dueLetters(ALPHA, caseNumber)).extracting(DueLetter::status)
			.containsOnly(DueLetter.Status.FAILED);

		// sealing the file now would seal it without its letters, and a retry afterwards would write into the seal
		assertThatThrownBy(() -> cases.archive(caseNumber, CLERK)).isInstanceOfSatisfying(ActionNotAllowed.class,
				e -> assertThat(e.rule()).isEqualTo("lettersGivenUp"));
		assertThat(process.steps(ALPHA, caseNumber)).containsExactly("archiveCase");

		doCallRealMethod().when(rendering).renderAll(anyString(), any(), any());
		documents.dueLetters(ALPHA, caseNumber)
			.forEach(letter -> documents.retry(ALPHA, caseNumber, letter.id(), CLERK.username()));
		outbox.sweep();
		cases.archive(caseNumber, CLERK);
		assertThat(process.actions(ALPHA, caseNumber)).contains("CASE_ARCHIVED");
	}

	private String receive() {
		return cases.open(ApplicationFixtures.anApplication(FRIDAY), CLERK).caseNumber();
	}

	private String pdfText(String caseNumber, DocumentKind kind) {
		StoredDocument pdf = documents.list(ALPHA, caseNumber).stream()
			.filter(d -> d.kind() == kind && d.format() == DocumentFormat.PDF).findFirst().orElseThrow();
		try {
			return DocumentRenderingTests.pdfText(documents.content(ALPHA, caseNumber, pdf.id()).content());
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private jakarta.servlet.http.Cookie signIn(Role role) throws Exception {
		return mvc.perform(post("/login").with(csrf()).param("username", ogi.casework.support.Agencies.username(ALPHA, role))
				.param("password", ogi.casework.support.Agencies.PASSWORD)).andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getCookie("SESSION");
	}
}
