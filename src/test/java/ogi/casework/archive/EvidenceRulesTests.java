package ogi.casework.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ogi.casework.archive.EvidenceCheck.Status;
import ogi.casework.audit.AuditEntry;
import ogi.casework.consultation.Assistance;
import ogi.casework.consultation.Consultation;
import ogi.casework.consultation.ConsultationKind;
import ogi.casework.consultation.Opinion;
import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.DeadlineCause;
import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.Extension;
import ogi.casework.deadlines.ExtensionKind;
import ogi.casework.deadlines.PeriodUnit;
import ogi.casework.documents.DocumentFormat;
import ogi.casework.documents.DocumentKind;
import ogi.casework.documents.Remedies;
import ogi.casework.documents.StoredDocument;
import ogi.casework.fees.FeeMethod;
import ogi.casework.fees.FeeNotice;
import ogi.casework.intake.ApplicantType;
import ogi.casework.intake.Application;
import ogi.casework.intake.Channel;
import ogi.casework.intake.IdDocumentType;
import ogi.casework.intake.ObtainingMethod;
import ogi.casework.intake.ProvisionForm;
import ogi.casework.intake.Supplement;
import ogi.casework.reply.Delivery;
import ogi.casework.reply.DeliveryMethod;
import ogi.casework.reply.ExemptionGround;
import ogi.casework.reply.NoticeDelivery;
import ogi.casework.reply.NoticeKind;
import ogi.casework.reply.Outcome;
import ogi.casework.shared.CaseStatus;
import ogi.casework.reply.ReplyDraft;
import ogi.casework.reply.SearchRecord;
import ogi.casework.review.ReviewDecision;
import ogi.casework.review.ReviewStage;
import ogi.casework.review.Verdict;
import ogi.casework.support.LawTable;

/** The checklist rules of spec §8.3, one case shape at a time. */
class EvidenceRulesTests {

	static final String CASE = "ALPHA-2026-000001";

	static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

	static final Instant NOON = Instant.parse("2026-11-20T04:00:00Z");

	static final EvidenceSettings APPROVAL_IS_SECRECY_REVIEW = new EvidenceSettings(true);

	/** Monday to Friday; enough for November and December 2026, which have no official rest days. */
	static final EvidenceRules.WorkingDays WEEKDAYS = (from, to) -> (int) from.plusDays(1).datesUntil(to.plusDays(1))
			.filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY).count();

	@Test
	void deliveredDisclosureWithEverythingRecordedIsComplete() {
		var checks = new Case().check();

		assertThat(checks).extracting(EvidenceFindings::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
		assertThat(checks).extracting(EvidenceFindings::status).containsExactly(Status.PRESENT, Status.PRESENT,
				Status.NOT_APPLICABLE, Status.NOT_APPLICABLE, Status.NOT_APPLICABLE, Status.PRESENT, Status.PRESENT,
				Status.PRESENT, Status.PRESENT, Status.PRESENT, Status.NOT_APPLICABLE, Status.PRESENT);
		assertThat(checks.get(9).facts()).contains(f("ev.f.delivery.inPerson", FRIDAY, "张三"),
				f("ev.f.delivery.inTime", LocalDate.of(2026, 12, 18)));
		assertThat(checks.get(0).documents()).extracting(EvidenceCheck.Proof::path)
				.containsExactly("01-receipt/receipt.json");
	}

	@Test
	void supplementNoticeWithinSevenWorkingDaysSaysHowManyDaysItTook() {
		var c = new Case();
		c.supplements.add(supplement(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1)));
		c.letter(DocumentKind.SUPPLEMENT_NOTICE);

		EvidenceFindings check = c.check().get(2);

		assertThat(check.status()).isEqualTo(Status.PRESENT);
		assertThat(check.facts()).first().isEqualTo(f("ev.f.supplement.inTime", LocalDate.of(2026, 11, 30), 6));
	}

	@Test
	void supplementNoticeAfterSevenWorkingDaysIsMissing() {
		var c = new Case();
		c.supplements.add(supplement(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3)));
		c.letter(DocumentKind.SUPPLEMENT_NOTICE);

		EvidenceFindings check = c.check().get(2);

		assertThat(check.status()).isEqualTo(Status.MISSING);
		assertThat(check.gaps()).containsExactly(f("ev.f.supplement.late", LocalDate.of(2026, 12, 2), 8, 7));
	}

	@Test
	void secondSupplementNoticeAndAMissingLetterAreBothReported() {
		var c = new Case();
		c.supplements.add(supplement(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24)));
		c.supplements.add(supplement(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 26)));

		assertThat(c.check().get(2).gaps()).containsExactly(f("ev.f.supplement.several", 2),
				f("ev.f.supplement.noLetter"));
	}

	@Test
	void extensionNoticedAfterTheOriginalDueDateIsMissing() {
		var c = new Case();
		c.extendedTenWorkingDays(LocalDate.parse("2026-12-18"), LocalDate.parse("2026-12-21"));
		c.letter(DocumentKind.EXTENSION_NOTICE);

		EvidenceFindings check = c.check().get(3);

		assertThat(check.status()).isEqualTo(Status.MISSING);
		assertThat(check.gaps()).containsExactly(
				f("ev.f.extension.noticedLate", LocalDate.parse("2026-12-21"), LocalDate.parse("2026-12-18")));
	}

	@Test
	void extensionTheDeadlinesFindNoticedTooLateIsMissingWhateverTheLedgerHeldAtItsApproval() {
		var c = new Case();
		// approved against the due date of 12-18 then in force; a fact keyed in later ended the period on 12-15
		c.extendedTenWorkingDays(LocalDate.parse("2026-12-16"), LocalDate.parse("2026-12-17"));
		c.lateExtensions.add(new ogi.casework.deadlines.LateExtension(c.extensions.get(0), LocalDate.parse("2026-12-15")));
		c.letter(DocumentKind.EXTENSION_NOTICE);

		EvidenceFindings check = c.check().get(3);

		assertThat(check.status()).isEqualTo(Status.MISSING);
		assertThat(check.gaps()).contains(
				f("ev.f.extension.noticedLate", LocalDate.parse("2026-12-17"), LocalDate.parse("2026-12-15")));
	}

	@Test
	void extensionNoticedInTimeNamesTheHeadAndTheOriginalDueDate() {
		var c = new Case();
		c.extendedTenWorkingDays(LocalDate.parse("2026-12-16"), LocalDate.parse("2026-12-17"));
		c.letter(DocumentKind.EXTENSION_NOTICE);

		EvidenceFindings check = c.check().get(3);

		assertThat(check.status()).isEqualTo(Status.PRESENT);
		assertThat(check.facts()).contains(
				f("ev.f.extension.noticedInTime", LocalDate.parse("2026-12-17"), LocalDate.parse("2026-12-18")));
	}

	@Test
	void extensionNoticeDatedInTimeButDeliveredAfterTheOriginalDueDateIsMissing() {
		var c = new Case();
		c.extendedTenWorkingDays(LocalDate.parse("2026-12-16"), LocalDate.parse("2026-12-17"));
		c.letter(DocumentKind.EXTENSION_NOTICE);
		c.noticesDelivered = false;
		c.extraDeliveries.add(new NoticeDelivery("ALPHA", CASE, NoticeKind.EXTENSION_NOTICE, 1, DeliveryMethod.IN_PERSON,
				LocalDate.of(2026, 12, 21), null, "张三", null, "alpha-clerk", NOON));

		EvidenceFindings check = c.check().get(3);

		assertThat(check.status()).isEqualTo(Status.MISSING);
		assertThat(check.gaps()).containsExactly(f("ev.f.extension.reachedLate", 1, LocalDate.parse("2026-12-21"),
				LocalDate.parse("2026-12-18")));
	}

	@Test
	void reasonableDelayNeedsTheArticle35LetterNotTheExtensionNotice() {
		var withWrongLetter = new Case();
		withWrongLetter.extendedTenWorkingDays(ExtensionKind.REASONABLE_DELAY, LocalDate.parse("2026-12-16"),
				LocalDate.parse("2026-12-17"));
		withWrongLetter.letter(DocumentKind.EXTENSION_NOTICE);
		var withItsLetter = new Case();
		withItsLetter.extendedTenWorkingDays(ExtensionKind.REASONABLE_DELAY, LocalDate.parse("2026-12-16"),
				LocalDate.parse("2026-12-17"));
		withItsLetter.letter(DocumentKind.REASONABLE_DELAY_NOTICE);

		assertThat(withWrongLetter.check().get(3).gaps()).containsExactly(
				f("ev.f.extension.noDelayLetter", "延迟答复告知书", Finding.article("Art. 35")));
		assertThat(withItsLetter.check().get(3).status()).isEqualTo(Status.PRESENT);
	}

	@Test
	void notExistReplyWithoutASearchRecordIsMissingIt() {
		var c = new Case().outcome(Outcome.NOT_EXIST);
		c.search = null;

		EvidenceFindings check = c.check().get(5);

		assertThat(check.status()).isEqualTo(Status.MISSING);
		assertThat(check.gaps()).containsExactly(f("ev.f.search.none", EvidenceRules.GUIDING_CASE_101));
	}

	@Test
	void notExistReplyOnASearchThatNamesNoDateRangeOrDepartmentsIsMissingThem() {
		var c = new Case().outcome(Outcome.NOT_EXIST);
		c.search = search("公文系统", "道路维修", null, null, false);

		assertThat(c.check().get(5).gaps()).containsExactly(f("ev.f.search.lacking",
				List.of(f("ev.f.search.lacking.period"), f("ev.f.search.lacking.departments")),
				EvidenceRules.GUIDING_CASE_101));
	}

	@Test
	void departmentsThatSearchedThemselvesCountAsDepartmentsAsked() {
		var c = new Case().outcome(Outcome.NOT_EXIST);
		c.search = search("公文系统", "道路维修", "2025年", null, false);
		c.assistance.add(assistance(false));

		EvidenceFindings check = c.check().get(5);

		assertThat(check.status()).isEqualTo(Status.PRESENT);
		assertThat(check.facts()).contains(f("ev.f.search.assistanceNotFound", "财务科", FRIDAY, FRIDAY, "财务档案"));
	}

	@Test
	void notExistReplyWhileADepartmentHasNotAnsweredIsMissingThatSearch() {
		var c = new Case().outcome(Outcome.NOT_EXIST);
		c.search = search("公文系统", "道路维修", "2025年", "财务科", false);
		c.assistance.add(assistance(null));

		assertThat(c.check().get(5).gaps()).containsExactly(f("ev.f.search.assistanceUnanswered", "财务科"));
	}

	@Test
	void searchRecordIsNotNeededForADisclosureWithoutOne() {
		var c = new Case();
		c.search = null;

		assertThat(c.check().get(5).status()).isEqualTo(Status.NOT_APPLICABLE);
	}

	@Test
	void postDeliveryWithoutATrackingNumberIsMissingThePostingReceipt() {
		var c = new Case();
		c.delivery = new Delivery("ALPHA", CASE, DeliveryMethod.POST, FRIDAY, null, null, null, "alpha-clerk", NOON);

		EvidenceFindings check = c.check().get(9);

		assertThat(check.status()).isEqualTo(Status.MISSING);
		assertThat(check.gaps()).containsExactly(f("ev.f.delivery.postNoReceipt"));
	}

	@Test
	void electronicDeliveryWithoutConfirmationAndPersonalDeliveryWithoutSignatureAreMissing() {
		var electronic = new Case();
		electronic.delivery = new Delivery("ALPHA", CASE, DeliveryMethod.ELECTRONIC, FRIDAY, null, null, null,
				"alpha-clerk", NOON);
		var inPerson = new Case();
		inPerson.delivery = new Delivery("ALPHA", CASE, DeliveryMethod.IN_PERSON, FRIDAY, null, " ", null,
				"alpha-clerk", NOON);

		assertThat(electronic.check().get(9).gaps()).containsExactly(f("ev.f.delivery.electronicUnconfirmed"));
		assertThat(inPerson.check().get(9).gaps()).containsExactly(f("ev.f.delivery.inPersonNoSignature"));
	}

	@Test
	void replyDeliveredAfterItsDueDateIsMissingProofOfATimelyReply() {
		var c = new Case();
		c.delivery = new Delivery("ALPHA", CASE, DeliveryMethod.POST, LocalDate.of(2026, 12, 21), "1190012345678",
				null, null, "alpha-clerk", NOON);

		assertThat(c.check().get(9).gaps())
				.containsExactly(f("ev.f.delivery.late", LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 18)));
	}

	@Test
	void refusalWithoutTheHeadsSignOffIsMissingItsApproval() {
		var c = new Case().outcome(Outcome.DENY);
		c.draft = draft(Outcome.DENY, ExemptionGround.INTERNAL_AFFAIRS, " ");

		var checks = c.check();

		assertThat(checks.get(8).gaps()).containsExactly(f("ev.f.reply.noSignOff", Outcome.DENY));
		assertThat(checks.get(6).gaps()).containsExactly(
				f("ev.f.reasons.discretionaryNoReasons", Finding.article("Art. 16(1)")),
				f("ev.f.reasons.refusalNoReasons"));
		assertThat(checks.get(7).status()).isEqualTo(Status.NOT_APPLICABLE);
	}

	/** Spec G-2, the two remedy paragraphs as a letter of agency ALPHA words them. */
	static final String RECONSIDERATION_FIRST = "如对本答复不服，根据《中华人民共和国行政复议法》第二十三条第一款第（四）项的规定，"
			+ "您应当先向甲区人民政府申请行政复议，申请期限为自知道本答复之日起60日内。";

	static final String RECONSIDERATION_OR_LAWSUIT = "如对本答复不服，可以自知道本答复之日起60日内向甲区人民政府申请行政复议，"
			+ "或者自知道本答复之日起6个月内依法向甲区人民法院提起行政诉讼。";

	@ParameterizedTest(name = "{0}")
	@MethodSource("ogi.casework.support.LawTable#outcomes")
	void aReplyLetterCitingTheLawTablesBasisWithItsRemedyIsComplete(LawTable.OutcomeRow law) throws IOException {
		var c = approvedReply(law.outcome());
		c.replyLetter(law.letterBasis(), law.reconsiderationFirst() ? RECONSIDERATION_FIRST : RECONSIDERATION_OR_LAWSUIT);

		EvidenceFindings check = c.check().get(8);

		if (law.outcome() == Outcome.ABANDONED_NO_SUPPLEMENT || law.outcome() == Outcome.ABANDONED_UNPAID) {
			assertThat(check.status()).as("deemed abandoned: no reply letter").isEqualTo(Status.NOT_APPLICABLE);
			return;
		}
		assertThat(check.gaps()).isEmpty();
		assertThat(check.status()).isEqualTo(Status.PRESENT);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("ogi.casework.support.LawTable#outcomes")
	void aReplyLetterWithTheOtherRemedyParagraphIsMissingTheRightOne(LawTable.OutcomeRow law) throws IOException {
		var c = approvedReply(law.outcome());
		c.replyLetter(law.letterBasis(), law.reconsiderationFirst() ? RECONSIDERATION_OR_LAWSUIT : RECONSIDERATION_FIRST);

		EvidenceFindings check = c.check().get(8);

		if (law.outcome() == Outcome.ABANDONED_NO_SUPPLEMENT || law.outcome() == Outcome.ABANDONED_UNPAID) {
			assertThat(check.status()).isEqualTo(Status.NOT_APPLICABLE);
			return;
		}
		assertThat(check.status()).isEqualTo(Status.MISSING);
		assertThat(check.gaps()).allMatch(gap -> gap.key().equals("ev.f.reply.remedyLacks"))
				.contains(f("ev.f.reply.remedyLacks", law.reconsiderationFirst() ? Remedies.Part.RECONSIDERATION_FIRST
						: Remedies.Part.LAWSUIT_OFFER));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("ogi.casework.support.LawTable#outcomes")
	void aReplyLetterCitingAnotherOutcomesBasisIsMissingItsOwn(LawTable.OutcomeRow law) throws IOException {
		// Art. 36(4) and 36(5) as the wrong basis of each other, 36(2) for everything else.
		String wrong = switch (law.outcome()) {
			case NOT_EXIST -> LawTable.of(Outcome.NOT_RESPONSIBLE).letterBasis();
			case DISCLOSE -> LawTable.of(Outcome.ALREADY_PUBLIC).letterBasis();
			default -> LawTable.of(Outcome.NOT_EXIST).letterBasis();
		};
		var c = approvedReply(law.outcome());
		c.replyLetter(wrong, law.reconsiderationFirst() ? RECONSIDERATION_FIRST : RECONSIDERATION_OR_LAWSUIT);

		EvidenceFindings check = c.check().get(8);

		if (law.outcome() == Outcome.ABANDONED_NO_SUPPLEMENT || law.outcome() == Outcome.ABANDONED_UNPAID) {
			assertThat(check.status()).isEqualTo(Status.NOT_APPLICABLE);
			return;
		}
		assertThat(check.gaps()).containsExactly(f("ev.f.reply.basisNotCited", law.letterBasis()));
	}

	/** A delivered reply of {@code outcome} with the approvals it needs, its letter still to be filed. */
	static Case approvedReply(Outcome outcome) {
		var c = new Case().outcome(outcome);
		if (outcome == Outcome.DENY || outcome == Outcome.PARTIAL) {
			c.reviews.add(new ReviewDecision("ALPHA", CASE, ReviewStage.SIGN_OFF, 1, Verdict.APPROVE, null,
					"alpha-head", NOON));
		}
		return c;
	}

	@Test
	void reviewDecisionsOfAnyStageAreListedWithTheApprovals() {
		var c = new Case();
		c.reviews.add(new ReviewDecision("ALPHA", CASE, ReviewStage.SIGN_OFF, 1, Verdict.RETURN, "补充理由",
				"alpha-head", NOON));

		assertThat(c.check().get(8).facts()).contains(
				f("ev.f.reply.decision", ReviewStage.REVIEW, 1, Verdict.APPROVE, "alpha-reviewer", "2026-11-20 12:00", null),
				f("ev.f.reply.decisionWithReason", ReviewStage.SIGN_OFF, 1, Verdict.RETURN, "alpha-head",
						"2026-11-20 12:00", "补充理由"));
	}

	@Test
	void secrecyReviewIsTheReviewersApprovalOnlyWhereTheAgencySaysSo() {
		var c = new Case();

		var own = EvidenceRules.secrecyReview(c.evidence(), new EvidenceSettings(false));
		var folded = EvidenceRules.secrecyReview(c.evidence(), APPROVAL_IS_SECRECY_REVIEW);

		assertThat(own.status()).isEqualTo(Status.MISSING);
		assertThat(own.gaps()).containsExactly(f("ev.f.secrecy.none"));
		assertThat(folded.status()).isEqualTo(Status.PRESENT);
		assertThat(folded.facts()).containsExactly(f("ev.f.secrecy.approvalCounts", "alpha-reviewer", 1, "2026-11-20 12:00"));
	}

	@Test
	void consultationWithoutAnAnswerAndAnOverrideWithoutNoticeAreMissing() {
		var c = new Case();
		c.consultations.add(new Consultation("ALPHA", CASE, 1, ConsultationKind.THIRD_PARTY, "某建设公司", "是否同意",
				FRIDAY, null, null, null, "alpha-handler", NOON, null, null));
		c.draft = new ReplyDraft("ALPHA", CASE, 1, Outcome.DISCLOSE, null, null, "电子邮件", null, null, null, List.of(),
				"涉及公共安全", null, "alpha-handler", NOON);
		c.letter(DocumentKind.CONSULTATION_LETTER);

		assertThat(c.check().get(4).gaps()).containsExactly(
				f("ev.f.consultation.noAnswer", "某建设公司", Finding.article("Art. 32")),
				f("ev.f.consultation.overrideUnnoticed"));
	}

	@Test
	void silentOtherAgencyCountsAsConsent() {
		var c = new Case();
		c.consultations.add(new Consultation("ALPHA", CASE, 1, ConsultationKind.OTHER_AGENCY, "区财政局", "是否同意",
				FRIDAY, Opinion.NO_ANSWER, null, null, "alpha-handler", NOON, "system", null));
		c.letter(DocumentKind.CONSULTATION_LETTER);

		EvidenceFindings check = c.check().get(4);

		assertThat(check.status()).isEqualTo(Status.PRESENT);
		assertThat(check.facts()).contains(f("ev.f.consultation.silentAgency", "区财政局"));
	}

	@Test
	void applicationAbandonedForWantOfASupplementNeedsNoReplyOrDelivery() {
		var c = abandonedForWantOfASupplement();

		var checks = c.check();

		assertThat(checks).extracting(EvidenceFindings::status).doesNotContain(Status.MISSING);
		assertThat(checks.get(2).facts()).contains(f("ev.f.supplement.abandoned", LocalDate.of(2026, 12, 4)));
		assertThat(checks.get(6).facts()).containsExactly(
				f("ev.f.reasons.abandoned", Outcome.ABANDONED_NO_SUPPLEMENT, Finding.article("Art. 30")));
		assertThat(checks.get(8).status()).isEqualTo(Status.NOT_APPLICABLE);
		assertThat(checks.get(9).status()).isEqualTo(Status.NOT_APPLICABLE);
	}

	@Test
	void anAbandonmentIsDatedOnTheSupplementPeriodTheLedgerLastCountedNotOnlyTheNoticesDate() {
		var c = abandonedForWantOfASupplement();
		// a rest day loaded after the notice moved the period's end from Fri 12-04 to Mon 12-07
		c.ledger.add(supplementPeriod(2L, LocalDate.of(2026, 12, 4), "supplement notice", false, "alpha-clerk"));
		c.ledger.add(supplementPeriod(3L, LocalDate.of(2026, 12, 7), "regional calendar changed", true, "system"));

		var facts = c.check().get(2).facts();

		assertThat(facts).contains(f("ev.f.supplement.asked", "写明文号", LocalDate.of(2026, 12, 4), "alpha-clerk"),
				f("ev.f.supplement.abandoned", LocalDate.of(2026, 12, 7)));
	}

	/** A ledger line of the supplement period of the notice of 11-23 (9 working days). */
	static Deadline supplementPeriod(Long id, LocalDate due, String reason, boolean active, String by) {
		return new Deadline(id, "ALPHA", CASE, DeadlineKind.SUPPLEMENT, LocalDate.of(2026, 11, 23), "notice", 9,
				PeriodUnit.WORKING_DAYS, 0, due, false, DeadlineKind.SUPPLEMENT.basis(), "9 working days", reason,
				active, by, NOON, null, null);
	}

	/** A case deemed abandoned: one notice of 11-23 asking for the document number by 12-04, no supplement. */
	static Case abandonedForWantOfASupplement() {
		var c = new Case();
		c.supplements.add(new Supplement(1L, "ALPHA", CASE, LocalDate.of(2026, 11, 23), "写明文号",
				LocalDate.of(2026, 12, 4), "alpha-clerk", null, null, null));
		c.letter(DocumentKind.SUPPLEMENT_NOTICE);
		c.draft = null;
		c.delivery = null;
		c.reviews.clear();
		c.search = null;
		c.state = new CaseState(CaseStatus.ABANDONED, Outcome.ABANDONED_NO_SUPPLEMENT, false);
		return c;
	}

	@Test
	void openCaseWithoutADraftIsMissingItsDecisionReplyAndDelivery() {
		var c = new Case();
		c.draft = null;
		c.delivery = null;
		c.reviews.clear();
		c.state = new CaseState(CaseStatus.IN_HANDLING, null, false);

		var checklist = EvidenceChecklist.of("ALPHA", CASE, c.state.status().name(), null, EvidenceChecklist.Source.LIVE, null, NOON,
				c.check().stream().map(item -> item.in(EvidenceText.ENGLISH)).toList());

		assertThat(checklist.missing()).containsExactly(7, 9, 10);
		assertThat(checklist.complete()).isFalse();
		assertThat(checklist.missingFirst()).extracting(EvidenceCheck::number).startsWith(7, 9, 10, 1, 2);
	}

	@Test
	void ordinaryMailWithoutTheConfirmationRecordIsMissingTheReceiptProof() {
		var c = new Case();
		c.application = new Application(CASE, "ALPHA", ApplicantType.NATURAL_PERSON, "张三",
				IdDocumentType.RESIDENT_ID_CARD, "11010519491231002X", "13800138000", null, null, "道路维修资金", null,
				ProvisionForm.PAPER, ObtainingMethod.POST, Channel.POST_UNSIGNED, null, null, FRIDAY, null, FRIDAY,
				false, null, "alpha-clerk", NOON);

		assertThat(c.check().get(0).gaps()).containsExactly(f("ev.f.receipt.POST_UNSIGNED"));
	}

	@Test
	void feeUnpaidAfterItsWindowWithoutClosingTheCaseIsMissing() {
		var c = new Case();
		c.fees.add(new FeeNotice("ALPHA", CASE, 1, FeeMethod.PER_ITEM, 2, new BigDecimal("200.00"), "按件计收",
				FRIDAY, FRIDAY, LocalDate.of(2026, 12, 18), null, "alpha-handler", NOON));
		c.letter(DocumentKind.FEE_NOTICE);
		c.today = LocalDate.of(2026, 12, 21);

		assertThat(c.check().get(10).gaps()).containsExactly(f("ev.f.fees.unclosed", 1, LocalDate.of(2026, 12, 18)));
	}

	@Test
	void correctionAppendedAfterSealingIsListedWithTheItemWhoseDocumentItCorrects() {
		var c = new Case();
		c.corrections.add(new Manifest.Entry("corrections/v2-receipt-scan.pdf", "送达回证（补） Delivery receipt",
				ArchiveSection.CORRECTIONS, "application/pdf", 10, "a".repeat(64), 2,
				new Manifest.Correction("11-delivery/delivery.json", "回证原件迟到", "alpha-head", NOON)));

		var checks = c.check();

		assertThat(checks.get(9).documents()).extracting(EvidenceCheck.Proof::path)
				.containsExactly("11-delivery/delivery.json", "corrections/v2-receipt-scan.pdf");
		assertThat(checks.get(9).facts()).contains(f("ev.f.correction", "2026-11-20 12:00", "alpha-head",
				"11-delivery/delivery.json", "回证原件迟到"));
		assertThat(checks.get(0).documents()).extracting(EvidenceCheck.Proof::path)
				.doesNotContain("corrections/v2-receipt-scan.pdf");
	}

	@Test
	void replyOnTheSpotNeedsNoReviewStep() {
		var c = new Case();
		c.reviews.clear();
		c.state = new CaseState(CaseStatus.REPLIED, Outcome.DISCLOSE, true);

		EvidenceFindings check = c.check().get(8);

		assertThat(check.status()).isEqualTo(Status.PRESENT);
		assertThat(check.facts()).contains(f("ev.f.reply.onTheSpot"));
	}

	@Test
	void notResponsibleReplyRestsOnItsReasonsWhereNoSearchWasRecorded() {
		var c = new Case();
		c.search = null;
		c.draft = new ReplyDraft("ALPHA", CASE, 1, Outcome.NOT_RESPONSIBLE, null, "该信息由区住建委制作并保存", null,
				"区住建委", null, null, List.of(), null, null, "alpha-handler", NOON);

		var checks = c.check();

		assertThat(checks.get(5).status()).isEqualTo(Status.PRESENT);
		assertThat(checks.get(5).facts()).containsExactly(f("ev.f.search.notResponsible"));
		assertThat(checks.get(7).status()).isEqualTo(Status.NOT_APPLICABLE);
	}

	static Finding f(String key, Object... args) {
		return Finding.of(key, args);
	}

	static Supplement supplement(LocalDate noticedOn, LocalDate receivedOn) {
		return new Supplement(1L, "ALPHA", CASE, noticedOn, "写明文号", noticedOn.plusDays(14), "alpha-clerk", receivedOn,
				"文号为某政发〔2025〕1号", "alpha-clerk");
	}

	static SearchRecord search(String sources, String keywords, String period, String departments, boolean found) {
		return new SearchRecord("ALPHA", CASE, 1, FRIDAY, sources, keywords, period, departments, found, null,
				"alpha-handler", NOON);
	}

	static Assistance assistance(Boolean found) {
		return new Assistance("ALPHA", CASE, 1, "财务科", "请检索", FRIDAY, FRIDAY.plusDays(5), found,
				found == null ? null : "财务档案", found == null ? null : "未找到", found == null ? null : FRIDAY,
				"alpha-handler", NOON, found == null ? null : "alpha-handler");
	}

	static ReplyDraft draft(Outcome outcome, ExemptionGround ground, String reasons) {
		return new ReplyDraft("ALPHA", CASE, 1, outcome, ground, reasons,
				outcome == Outcome.DISCLOSE ? "电子邮件提供" : null, null, null, null, List.of(), null, null,
				"alpha-handler", NOON);
	}

	static Deadline reply(Long id, LocalDate due, String reason) {
		return new Deadline(id, "ALPHA", CASE, DeadlineKind.REPLY, FRIDAY, "receipt", 20, PeriodUnit.WORKING_DAYS, 0,
				due, false, DeadlineKind.REPLY.basis(), "20 working days", reason, false, "alpha-clerk", NOON, null, null);
	}

	@Test
	void noticesWithoutADeliveryProofAreMissingTheirProof() {
		var c = new Case();
		c.supplements.add(supplement(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1)));
		c.letter(DocumentKind.SUPPLEMENT_NOTICE);
		c.noticesDelivered = false;

		EvidenceFindings check = c.check().get(2);

		assertThat(check.status()).isEqualTo(Status.MISSING);
		assertThat(check.gaps()).containsExactly(f("ev.f.notice.undelivered",
				f("ev.f.supplement.notice", LocalDate.of(2026, 11, 30)), Finding.article("Art. 30")));
	}

	@Test
	void aDeliveredNoticeShowsItsProof() {
		var c = new Case();
		c.supplements.add(supplement(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1)));
		c.letter(DocumentKind.SUPPLEMENT_NOTICE);

		EvidenceFindings check = c.check().get(2);

		assertThat(check.status()).isEqualTo(Status.PRESENT);
		assertThat(check.facts()).contains(f("ev.f.notice.delivered", f("ev.f.supplement.notice", LocalDate.of(2026, 11, 30)),
				f("ev.f.proof.POST", LocalDate.of(2026, 11, 30), "EMS-1")));
	}

	/** A case delivered as DISCLOSE in person on the day of receipt, with its search and approval; change as needed. */
	static final class Case {

		Application application = new Application(CASE, "ALPHA", ApplicantType.NATURAL_PERSON, "张三",
				IdDocumentType.RESIDENT_ID_CARD, "11010519491231002X", "13800138000", "zhang@example.cn", null,
				"2025年本区道路维修资金的使用情况", null, ProvisionForm.ELECTRONIC, ObtainingMethod.EMAIL, Channel.IN_PERSON,
				FRIDAY, null, null, null, FRIDAY, false, null, "alpha-clerk", NOON);

		List<Supplement> supplements = new ArrayList<>();

		List<Deadline> ledger = new ArrayList<>(List.of(reply(1L, LocalDate.of(2026, 12, 18), "reply period starts")));

		List<Extension> extensions = new ArrayList<>();

		List<ogi.casework.deadlines.LateExtension> lateExtensions = new ArrayList<>();

		List<Consultation> consultations = new ArrayList<>();

		SearchRecord search = search("公文系统", "道路维修", "2025年", "财务科", true);

		ReplyDraft draft = draft(Outcome.DISCLOSE, null, null);

		List<ReviewDecision> reviews = new ArrayList<>(List.of(new ReviewDecision("ALPHA", CASE, ReviewStage.REVIEW,
				1, Verdict.APPROVE, null, "alpha-reviewer", NOON)));

		Delivery delivery = new Delivery("ALPHA", CASE, DeliveryMethod.IN_PERSON, FRIDAY, null, "张三", null,
				"alpha-clerk", NOON);

		List<FeeNotice> fees = new ArrayList<>();

		List<Assistance> assistance = new ArrayList<>();

		List<StoredDocument> letters = new ArrayList<>();

		List<Manifest.Entry> corrections = new ArrayList<>();

		/** Filed documents besides the rendered records, e.g. a letter's bytes. */
		List<ArchiveItem> extraItems = new ArrayList<>();

		/** Whether every notice's delivery is on record (by post on its date), as in a well-kept file. */
		boolean noticesDelivered = true;

		/** Deliveries recorded as given, besides the default ones. */
		List<NoticeDelivery> extraDeliveries = new ArrayList<>();

		List<AuditEntry> audit = new ArrayList<>(List.of(new AuditEntry(1, "ALPHA", CASE, "APPLICATION_RECEIVED",
				"alpha-clerk", NOON, null, "RECEIVED", "received")));

		CaseState state = new CaseState(CaseStatus.REPLIED, Outcome.DISCLOSE, false);

		LocalDate today = FRIDAY;

		Case() {
			letter(DocumentKind.ACKNOWLEDGEMENT);
			letter(DocumentKind.REPLY_LETTER);
		}

		/** An extension of 10 working days approved on {@code approvedOn}, noticed {@code noticedOn}, due 2027-01-05. */
		void extendedTenWorkingDays(LocalDate approvedOn, LocalDate noticedOn) {
			extendedTenWorkingDays(ExtensionKind.EXTENSION, approvedOn, noticedOn);
		}

		/** As above, of {@code kind}: an Art. 33(2) extension or an Art. 35 reasonable delay. */
		void extendedTenWorkingDays(ExtensionKind kind, LocalDate approvedOn, LocalDate noticedOn) {
			ledger.add(new Deadline(2L, "ALPHA", CASE, DeadlineKind.REPLY, FRIDAY, "receipt", 30,
					PeriodUnit.WORKING_DAYS, 0, LocalDate.of(2027, 1, 5), false, DeadlineKind.REPLY.basis(),
					"30 working days", "extension approved", false, "alpha-head", NOON, DeadlineCause.EXTENSION_APPROVED,
					1));
			extensions.add(new Extension("ALPHA", CASE, 1, kind, 10, "档案量大",
					Extension.Status.APPROVED, "alpha-handler", NOON, "alpha-head", approvedOn, noticedOn, null));
		}

		Case outcome(Outcome outcome) {
			draft = draft(outcome, null, "经检索未找到");
			return this;
		}

		/** Files the reply letter as a DOCX whose text cites {@code basis} and ends with {@code remedy}. */
		void replyLetter(String basis, String remedy) throws IOException {
			try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
				for (String text : List.of("政府信息公开申请答复书", "张三：", "根据" + basis + "的规定，特此答复。", remedy)) {
					document.createParagraph().createRun().setText(text);
				}
				document.write(out);
				var stored = new StoredDocument(letters.size() + 1, "ALPHA", CASE, DocumentKind.REPLY_LETTER,
						DocumentFormat.DOCX, CASE + "-reply-letter.docx", out.size(), "0".repeat(64), "alpha-clerk",
						NOON);
				letters.add(stored);
				extraItems.add(ArchiveItem.of(ArchiveSection.REPLY, stored.id() + "-" + stored.fileName(),
						"答复书", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
						out.toByteArray()));
			}
		}

		void letter(DocumentKind kind) {
			letters.add(new StoredDocument(letters.size() + 1, "ALPHA", CASE, kind, DocumentFormat.PDF,
					kind.template() + ".pdf", 10, "0".repeat(64), "alpha-clerk", NOON));
		}

		EvidenceRules.CaseEvidence evidence() {
			var records = new CaseFileItems.CaseRecords(application, supplements, ledger, List.of(), extensions,
					consultations, search, draft, reviews, delivery, fees, audit, lateExtensions);
			var documents = new ArrayList<>(CaseFileItems.render(records));
			documents.addAll(extraItems);
			return new EvidenceRules.CaseEvidence(records, assistance, null, null, letters,
					documents, corrections, state, today, 7, ZoneId.of("Asia/Shanghai"),
					java.util.stream.Stream.concat((noticesDelivered ? noticeDeliveries() : List.<NoticeDelivery>of()).stream(),
							extraDeliveries.stream()).toList());
		}

		List<NoticeDelivery> noticeDeliveries() {
			List<NoticeDelivery> delivered = new ArrayList<>();
			supplements.stream().filter(x -> x.id() != null).forEach(x -> delivered.add(posted(
					NoticeKind.SUPPLEMENT_NOTICE, x.id(), x.noticedOn())));
			extensions.stream().filter(x -> x.noticedOn() != null).forEach(x -> delivered.add(posted(
					NoticeKind.EXTENSION_NOTICE, x.number(), x.noticedOn())));
			consultations.forEach(x -> delivered.add(posted(NoticeKind.CONSULTATION_LETTER, x.number(), x.sentOn())));
			return delivered;
		}

		static NoticeDelivery posted(NoticeKind notice, long reference, LocalDate on) {
			return new NoticeDelivery("ALPHA", CASE, notice, reference, DeliveryMethod.POST, on, "EMS-" + reference,
					null, null, "alpha-clerk", NOON);
		}

		List<EvidenceFindings> check() {
			return EvidenceRules.check(evidence(), WEEKDAYS, APPROVAL_IS_SECRECY_REVIEW);
		}
	}
}
