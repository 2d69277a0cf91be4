package ogi.casework.casework;

import static ogi.casework.support.Agencies.user;

import java.time.LocalDate;

import ogi.casework.shared.CaseStatus;
import ogi.casework.support.Cases;
import ogi.casework.accounts.Role;
import ogi.casework.fees.FeeNoticeForm;
import ogi.casework.intake.NewApplication;
import ogi.casework.reply.Art35Form;
import ogi.casework.reply.Art35Inquiry;
import ogi.casework.reply.DeliveryForm;
import ogi.casework.reply.DeliveryMethod;
import ogi.casework.reply.DraftForm;
import ogi.casework.reply.Outcome;
import ogi.casework.reply.SearchForm;
import ogi.casework.review.ReviewForm;
import ogi.casework.review.Verdict;
import ogi.casework.support.CaseProcess;

/**
 * Drives cases of any agency through the disclosure process for other modules' tests (the annual report needs a year
 * of real cases): each method is a sequence of real actions by the role whose step it is.
 */
public class CaseScript {

	private final Cases cases;

	private final CaseProcess process;

	public CaseScript(Cases cases, CaseProcess process) {
		this.cases = cases;
		this.process = process;
	}

	/** The clerk logs the application; returns its case number. */
	public String open(String agency, NewApplication application) {
		return cases.open(application, user(agency, Role.CLERK)).caseNumber();
	}

	/** The clerk registers the application as complete. */
	public void accept(String agency, String caseNumber) {
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null),
				user(agency, Role.CLERK));
	}

	/** The clerk asks for a supplement (Art. 30) with a period of {@code workingDays}. */
	public void askForSupplement(String agency, String caseNumber, LocalDate noticedOn, int workingDays) {
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.SUPPLEMENT,
				new Forms.SupplementNotice(noticedOn, "请明确所需信息的名称和年份", workingDays), null),
				user(agency, Role.CLERK));
	}

	/**
	 * From research to delivery on {@code on}: the search (found unless NOT_EXIST), for ART35_REFUSED the reasons
	 * asked for and none given, the draft, its review, legal review when the risk calls for it, the head's sign-off
	 * where needed, and electronic delivery.
	 */
	public void reply(String agency, String caseNumber, DraftForm draft, LocalDate on) {
		var handler = user(agency, Role.HANDLER);
		if (draft.outcome() == Outcome.ART35_REFUSED) {
			cases.askForReasons(caseNumber, new Art35Form.Request(on, "本月已提交申请120件"), handler);
			cases.assessReasons(caseNumber, new Art35Form.Assessment(Art35Inquiry.Assessment.NO_REASONS_GIVEN, null,
					null, "申请人未说明理由"), handler);
		}
		cases.recordSearch(caseNumber, new SearchForm(on, "公文系统、档案室", "道路维修 资金", "2025年", "财务科",
				draft.outcome() != Outcome.NOT_EXIST, null), handler);
		cases.draftReply(caseNumber, draft, handler);
		var reviewed = cases.reviewReply(caseNumber, new ReviewForm(Verdict.APPROVE, null), user(agency, Role.REVIEWER));
		if (reviewed.status() == CaseStatus.IN_LEGAL_REVIEW) {
			cases.legalReviewReply(caseNumber, new ReviewForm(Verdict.APPROVE, null), user(agency, Role.LEGAL));
		}
		if (draft.outcome().requiresHeadSignOff()) {
			cases.signOffReply(caseNumber, new ReviewForm(Verdict.APPROVE, null), user(agency, Role.HEAD));
		}
		cases.deliverReply(caseNumber, new DeliveryForm(DeliveryMethod.ELECTRONIC, on, null, "applicant@example.cn", on),
				user(agency, Role.CLERK));
	}

	/** The handler sends a fee notice. */
	public void noticeFee(String agency, String caseNumber, FeeNoticeForm notice) {
		cases.noticeFee(caseNumber, notice, user(agency, Role.HANDLER));
	}

	/** Fires the case's waiting timer {@code timerId} now, as the job executor would once it is due. */
	public void fire(String agency, String caseNumber, String timerId) {
		process.fire(process.timer(agency, caseNumber, timerId));
	}
}
