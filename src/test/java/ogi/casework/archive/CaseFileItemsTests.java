package ogi.casework.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.jayway.jsonpath.JsonPath;

import ogi.casework.audit.AuditEntry;
import ogi.casework.consultation.Consultation;
import ogi.casework.consultation.ConsultationKind;
import ogi.casework.consultation.Opinion;
import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.Pause;
import ogi.casework.deadlines.PauseKind;
import ogi.casework.deadlines.PeriodUnit;
import ogi.casework.fees.FeeMethod;
import ogi.casework.fees.FeeNotice;
import ogi.casework.intake.ApplicantType;
import ogi.casework.intake.Application;
import ogi.casework.intake.Channel;
import ogi.casework.intake.IdDocumentType;
import ogi.casework.intake.ObtainingMethod;
import ogi.casework.intake.ProvisionForm;
import ogi.casework.reply.Delivery;
import ogi.casework.reply.DeliveryMethod;
import ogi.casework.reply.ExemptionGround;
import ogi.casework.reply.Outcome;
import ogi.casework.reply.ReplyDraft;
import ogi.casework.reply.SearchRecord;
import ogi.casework.reply.WithheldPart;
import ogi.casework.review.ReviewDecision;
import ogi.casework.review.ReviewStage;
import ogi.casework.review.Verdict;

/** The standard documents rendered from what the modules recorded, in the order of spec §8.3. */
class CaseFileItemsTests {

	static final String CASE = "ALPHA-2026-000001";

	static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

	static final Instant NOON = Instant.parse("2026-11-20T04:00:00Z");

	@Test
	void rendersAFullCaseInTheOrderOfTheEvidenceChecklist() {
		List<ArchiveItem> items = CaseFileItems.render(fullCase());

		assertThat(items).extracting(ArchiveItem::path).containsExactly("01-receipt/receipt.json",
				"02-application/application.json", "05-consultations/consultations.json",
				"06-search/search-record.json", "07-reasons/legal-basis.json", "09-approvals/review-decisions.json",
				"10-reply/reply.json", "11-delivery/delivery.json", "12-fees/fee-notices.json",
				"13-deadlines/deadline-ledger.json", "14-audit/audit-trail.json");
		assertThat(items).extracting(ArchiveItem::section).isSorted();
		assertThat(items).allSatisfy(item -> {
			assertThat(item.mediaType()).isEqualTo("application/json");
			assertThat(item.path()).startsWith(item.section().folder() + "/");
			assertThat((String) JsonPath.read(text(item), "$.caseNumber")).isEqualTo(CASE);
		});
		assertThatCode(() -> ArchiveRules.checkSeal(items)).doesNotThrowAnyException();
	}

	@Test
	void leavesOutPartsWithNothingInThem() {
		var records = new CaseFileItems.CaseRecords(application(), List.of(), List.of(receiptEntry()), List.of(),
				List.of(), List.of(), null, null, List.of(), null, List.of(), List.of(audit(1, "APPLICATION_RECEIVED")),
				List.of());

		List<ArchiveItem> items = CaseFileItems.render(records);

		assertThat(items).extracting(ArchiveItem::section).containsExactly(ArchiveSection.RECEIPT_PROOF,
				ArchiveSection.APPLICATION, ArchiveSection.DEADLINE_LEDGER, ArchiveSection.AUDIT_TRAIL);
	}

	@Test
	void keepsTheApplicationInFullWithHowTheReceiptDateWasFixed() {
		List<ArchiveItem> items = CaseFileItems.render(fullCase());

		String receipt = text(items.get(0));
		String application = text(items.get(1));
		assertThat((String) JsonPath.read(receipt, "$.receiptDate")).isEqualTo("2026-11-20");
		assertThat((String) JsonPath.read(receipt, "$.howFixed")).contains("Art. 31(1)");
		assertThat((String) JsonPath.read(receipt, "$.ledger[0].kind")).isEqualTo("RECEIPT");
		assertThat((String) JsonPath.read(application, "$.application.idNumber")).isEqualTo("11010519491231002X");
		assertThat((String) JsonPath.read(application, "$.application.applicantName")).isEqualTo("张三");
	}

	@Test
	void namesTheLegalBasisAndWhatWasWithheld() {
		String reasons = text(CaseFileItems.render(fullCase()).get(4));

		assertThat((String) JsonPath.read(reasons, "$.outcome")).isEqualTo("PARTIAL");
		assertThat((String) JsonPath.read(reasons, "$.legalBasis")).isEqualTo("Art. 37 + Art. 15");
		assertThat((String) JsonPath.read(reasons, "$.withheldParts[0].ground")).isEqualTo("THIRD_PARTY_RIGHTS");
	}

	@Test
	void keepsTheConsultationsWithTheirExcludedTimeButNotTheFeePause() {
		String consultations = text(CaseFileItems.render(fullCase()).get(2));

		assertThat((List<?>) JsonPath.read(consultations, "$.consultations")).hasSize(1);
		assertThat((List<String>) JsonPath.read(consultations, "$.excludedTime[*].kind"))
				.containsExactly("THIRD_PARTY_CONSULTATION");
	}

	static CaseFileItems.CaseRecords fullCase() {
		var draft = new ReplyDraft("ALPHA", CASE, 1, Outcome.PARTIAL, ExemptionGround.THIRD_PARTY_RIGHTS,
				"涉及第三方商业秘密", "电子邮件提供其余部分", null, null, null,
				List.of(new WithheldPart("供应商报价明细", ExemptionGround.THIRD_PARTY_RIGHTS, "第三方不同意公开")), null,
				null, "alpha-handler", NOON);
		return new CaseFileItems.CaseRecords(application(), List.of(), List.of(receiptEntry()),
				List.of(new Pause("ALPHA", CASE, PauseKind.THIRD_PARTY_CONSULTATION, 1, FRIDAY,
						FRIDAY.plusDays(21), FRIDAY.plusDays(7), PauseKind.THIRD_PARTY_CONSULTATION.basis(),
						"alpha-handler", NOON),
						new Pause("ALPHA", CASE, PauseKind.FEE_NOTICE, 1, FRIDAY, FRIDAY.plusDays(28),
								FRIDAY.plusDays(3), PauseKind.FEE_NOTICE.basis(), "alpha-handler", NOON)),
				List.of(),
				List.of(new Consultation("ALPHA", CASE, 1, ConsultationKind.THIRD_PARTY, "某建设公司", "是否同意公开报价",
						FRIDAY, Opinion.OBJECTS, "不同意", FRIDAY.plusDays(7), "alpha-handler", NOON, "alpha-handler", null)),
				new SearchRecord("ALPHA", CASE, 1, FRIDAY, "档案室, OA系统", "道路维修资金", "2025", null, true, null,
						"alpha-handler", NOON),
				draft,
				List.of(new ReviewDecision("ALPHA", CASE, ReviewStage.REVIEW, 1, Verdict.APPROVE, null, "alpha-reviewer",
						NOON), new ReviewDecision("ALPHA", CASE, ReviewStage.SIGN_OFF, 1, Verdict.APPROVE, null,
								"alpha-head", NOON)),
				new Delivery("ALPHA", CASE, DeliveryMethod.POST, FRIDAY.plusDays(10), "1190012345678", "张三", null,
						"alpha-clerk", NOON),
				List.of(new FeeNotice("ALPHA", CASE, 1, FeeMethod.PER_ITEM, 1, new BigDecimal("100.00"), "按件计收",
						FRIDAY, FRIDAY, FRIDAY.plusDays(28), FRIDAY.plusDays(3), "alpha-handler", NOON)),
				List.of(audit(1, "APPLICATION_RECEIVED"), audit(2, "CASE_ARCHIVED")), List.of());
	}

	static Application application() {
		return new Application(CASE, "ALPHA", ApplicantType.NATURAL_PERSON, "张三", IdDocumentType.RESIDENT_ID_CARD,
				"11010519491231002X", "13800138000", "zhang@example.cn", null, "2025年本区道路维修资金的使用情况", null,
				ProvisionForm.ELECTRONIC, ObtainingMethod.EMAIL, Channel.IN_PERSON, FRIDAY, null, null, null, FRIDAY,
				false, null, "alpha-clerk", NOON);
	}

	static Deadline receiptEntry() {
		return new Deadline(1L, "ALPHA", CASE, DeadlineKind.RECEIPT, FRIDAY, "handed in", 0, PeriodUnit.WORKING_DAYS,
				0, FRIDAY, false, "Art. 31", "Received 2026-11-20", "application received", true, "alpha-clerk", NOON, null, null);
	}

	static AuditEntry audit(long id, String action) {
		return new AuditEntry(id, "ALPHA", CASE, action, "alpha-clerk", NOON, null, "RECEIVED", action);
	}

	static String text(ArchiveItem item) {
		return new String(item.content(), StandardCharsets.UTF_8);
	}
}
