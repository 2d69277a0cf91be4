package ogi.casework.support;

import java.time.LocalDate;

import org.springframework.boot.test.context.TestComponent;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.casework.Archiving;
import ogi.casework.casework.CaseFile;
import ogi.casework.casework.CaseQueries;
import ogi.casework.casework.CaseView;
import ogi.casework.casework.Charging;
import ogi.casework.casework.Consulting;
import ogi.casework.casework.Delivering;
import ogi.casework.casework.Extending;
import ogi.casework.casework.Forms;
import ogi.casework.casework.Handling;
import ogi.casework.casework.Registering;
import ogi.casework.casework.Reviewing;
import ogi.casework.casework.Worklist;
import ogi.casework.consultation.AnswerForm;
import ogi.casework.consultation.AssistanceAnswerForm;
import ogi.casework.consultation.AssistanceForm;
import ogi.casework.consultation.ConsultationForm;
import ogi.casework.fees.FeeNoticeForm;
import ogi.casework.intake.NewApplication;
import ogi.casework.reply.Art35Form;
import ogi.casework.reply.DeliveryForm;
import ogi.casework.reply.DraftForm;
import ogi.casework.reply.NoticeDelivery;
import ogi.casework.reply.NoticeDeliveryForm;
import ogi.casework.reply.SearchForm;
import ogi.casework.review.ReviewForm;
import ogi.casework.review.ReviewStage;

/**
 * The case actions of every lifecycle step under one name, so that process tests read as a script; each line calls
 * the step class that owns the action.
 */
@TestComponent
public class Cases {

	private final CaseQueries queries;

	private final Registering registering;

	private final Handling handling;

	private final Consulting consulting;

	private final Reviewing reviewing;

	private final Delivering delivering;

	private final Archiving archiving;

	private final Extending extending;

	private final Charging charging;

	private final Worklist worklist;

	Cases(CaseQueries queries, Registering registering, Handling handling, Consulting consulting, Reviewing reviewing,
			Delivering delivering, Archiving archiving, Extending extending, Charging charging, Worklist worklist) {
		this.queries = queries;
		this.registering = registering;
		this.handling = handling;
		this.consulting = consulting;
		this.reviewing = reviewing;
		this.delivering = delivering;
		this.archiving = archiving;
		this.extending = extending;
		this.charging = charging;
		this.worklist = worklist;
	}

	public CaseFile open(NewApplication form, CurrentUser clerk) {
		return registering.open(form, clerk);
	}

	public CaseFile register(String caseNumber, Forms.Registration form, CurrentUser clerk) {
		return registering.register(caseNumber, form, clerk);
	}

	public CaseFile receiveSupplement(String caseNumber, Forms.SupplementReceived form, CurrentUser clerk) {
		return registering.receiveSupplement(caseNumber, form, clerk);
	}

	public CaseFile recordSearch(String caseNumber, SearchForm form, CurrentUser handler) {
		return handling.recordSearch(caseNumber, form, handler);
	}

	public CaseFile requestAssistance(String caseNumber, AssistanceForm form, CurrentUser handler) {
		return handling.requestAssistance(caseNumber, form, handler);
	}

	public CaseFile answerAssistance(String caseNumber, int number, AssistanceAnswerForm form, CurrentUser handler) {
		return handling.answerAssistance(caseNumber, number, form, handler);
	}

	public CaseFile openDeliberation(String caseNumber, Forms.DeliberationRequest form, CurrentUser handler) {
		return handling.openDeliberation(caseNumber, form, handler);
	}

	public CaseFile recordDeliberationOpinion(String caseNumber, Forms.DeliberationOpinion form, CurrentUser user) {
		return handling.recordDeliberationOpinion(caseNumber, form, user);
	}

	public CaseFile askForReasons(String caseNumber, Art35Form.Request form, CurrentUser handler) {
		return handling.askForReasons(caseNumber, form, handler);
	}

	public CaseFile assessReasons(String caseNumber, Art35Form.Assessment form, CurrentUser handler) {
		return handling.assessReasons(caseNumber, form, handler);
	}

	public CaseFile requestConsultation(String caseNumber, ConsultationForm form, CurrentUser handler) {
		return consulting.requestConsultation(caseNumber, form, handler);
	}

	public CaseFile answerConsultation(String caseNumber, int number, AnswerForm form, CurrentUser handler) {
		return consulting.answerConsultation(caseNumber, number, form, handler);
	}

	public CaseFile draftReply(String caseNumber, DraftForm form, CurrentUser handler) {
		return reviewing.draftReply(caseNumber, form, handler);
	}

	public CaseFile reviewReply(String caseNumber, ReviewForm form, CurrentUser reviewer) {
		return reviewing.decide(caseNumber, ReviewStage.REVIEW, form, reviewer);
	}

	public CaseFile legalReviewReply(String caseNumber, ReviewForm form, CurrentUser legal) {
		return reviewing.decide(caseNumber, ReviewStage.LEGAL_REVIEW, form, legal);
	}

	public CaseFile signOffReply(String caseNumber, ReviewForm form, CurrentUser head) {
		return reviewing.decide(caseNumber, ReviewStage.SIGN_OFF, form, head);
	}

	public CaseFile deliverReply(String caseNumber, DeliveryForm form, CurrentUser clerk) {
		return delivering.deliverReply(caseNumber, form, clerk);
	}

	public CaseFile returnForCorrection(String caseNumber, Forms.DeliveryReturn form, CurrentUser clerk) {
		return delivering.returnForCorrection(caseNumber, form, clerk);
	}

	public CaseFile recordReplyReceipt(String caseNumber, LocalDate receivedOn, CurrentUser clerk) {
		return delivering.recordReplyReceipt(caseNumber, receivedOn, clerk);
	}

	public NoticeDelivery recordNoticeDelivery(String caseNumber, NoticeDeliveryForm form, CurrentUser user) {
		return delivering.recordNoticeDelivery(caseNumber, form, user);
	}

	public CaseFile archive(String caseNumber, CurrentUser clerk) {
		return archiving.archive(caseNumber, clerk);
	}

	public CaseFile requestExtension(String caseNumber, Forms.ExtensionRequest form, CurrentUser handler) {
		return extending.requestExtension(caseNumber, form, handler);
	}

	public CaseFile decideExtension(String caseNumber, Forms.ExtensionDecision form, CurrentUser head) {
		return extending.decideExtension(caseNumber, form, head);
	}

	public CaseFile superviseOverdueReply(String caseNumber, Forms.OverdueSupervision form, CurrentUser head) {
		return extending.superviseOverdueReply(caseNumber, form, head);
	}

	public CaseFile noticeFee(String caseNumber, FeeNoticeForm form, CurrentUser handler) {
		return charging.noticeFee(caseNumber, form, handler);
	}

	public CaseFile recordFeePayment(String caseNumber, LocalDate paidOn, CurrentUser user) {
		return charging.recordFeePayment(caseNumber, paidOn, user);
	}

	public void claim(String taskId, CurrentUser user) {
		worklist.claim(taskId, user);
	}

	public CaseFile find(String caseNumber, CurrentUser user) {
		return queries.find(caseNumber, user);
	}

	public CaseView view(String caseNumber, CurrentUser user) {
		return queries.view(caseNumber, user);
	}
}
