package ogi.casework.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.casework.Charging;
import ogi.casework.casework.Delivering;
import ogi.casework.casework.Forms;
import ogi.casework.casework.Handling;
import ogi.casework.consultation.AssistanceAnswerForm;
import ogi.casework.consultation.AssistanceForm;
import ogi.casework.fees.FeeNoticeForm;
import ogi.casework.reply.Art35Form;
import ogi.casework.reply.NoticeDeliveryForm;

/**
 * The case actions beside the main line, each a form on the case page bound by Spring to the very request record the
 * REST API takes ({@code @ModelAttribute @Valid}, one validation): Art. 35 inquiries and assessments, internal
 * assistance (协查) and its answers, joint deliberation (会商) and its opinions, fee notices and payments, the delivery
 * of notices and the applicant's receipt of a posted reply.
 */
@Controller
class CaseSideStepPagesController {

	private final Handling handling;

	private final Charging charging;

	private final Delivering delivering;

	private final CasePage page;

	CaseSideStepPagesController(Handling handling, Charging charging, Delivering delivering, CasePage page) {
		this.handling = handling;
		this.charging = charging;
		this.delivering = delivering;
		this.page = page;
	}

	@PostMapping("/cases/{caseNumber}/art35-inquiries")
	@PreAuthorize("hasRole('HANDLER')")
	String askForReasons(@PathVariable String caseNumber, @Valid @ModelAttribute("art35Request") Art35Form.Request form,
			BindingResult binding, @RequestParam Map<String, String> typed, CurrentUser user, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return page.actBound(caseNumber, "art35-request", typed, form, binding,
				f -> handling.askForReasons(caseNumber, f, user), user, model, locale, response, redirect);
	}

	@PostMapping("/cases/{caseNumber}/art35-assessments")
	@PreAuthorize("hasRole('HANDLER')")
	String assessReasons(@PathVariable String caseNumber,
			@Valid @ModelAttribute("art35Assessment") Art35Form.Assessment form, BindingResult binding,
			@RequestParam Map<String, String> typed, CurrentUser user, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		return page.actBound(caseNumber, "art35-assessment", typed, form, binding,
				f -> handling.assessReasons(caseNumber, f, user), user, model, locale, response, redirect);
	}

	@PostMapping("/cases/{caseNumber}/assistance-requests")
	@PreAuthorize("hasRole('HANDLER')")
	String requestAssistance(@PathVariable String caseNumber, @Valid @ModelAttribute("assistance") AssistanceForm form,
			BindingResult binding, @RequestParam Map<String, String> typed, CurrentUser user, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return page.actBound(caseNumber, "assistance", typed, form, binding,
				f -> handling.requestAssistance(caseNumber, f, user), user, model, locale, response, redirect);
	}

	@PostMapping("/cases/{caseNumber}/assistance-requests/{number}/answers")
	@PreAuthorize("hasRole('HANDLER')")
	String answerAssistance(@PathVariable String caseNumber, @PathVariable int number,
			@Valid @ModelAttribute("assistanceAnswer") AssistanceAnswerForm form, BindingResult binding,
			@RequestParam Map<String, String> typed, CurrentUser user, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		return page.actBound(caseNumber, "assistance-answer-" + number, typed, form, binding,
				f -> handling.answerAssistance(caseNumber, number, f, user), user, model, locale, response, redirect);
	}

	@PostMapping("/cases/{caseNumber}/deliberations")
	@PreAuthorize("hasRole('HANDLER')")
	String deliberate(@PathVariable String caseNumber,
			@Valid @ModelAttribute("deliberation") Forms.DeliberationRequest form, BindingResult binding,
			@RequestParam Map<String, String> typed, CurrentUser user, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		return page.actBound(caseNumber, "deliberation", typed, form, binding,
				f -> handling.openDeliberation(caseNumber, f, user), user, model, locale, response, redirect);
	}

	@PostMapping("/cases/{caseNumber}/deliberation-opinions")
	@PreAuthorize("isAuthenticated()")
	String opine(@PathVariable String caseNumber,
			@Valid @ModelAttribute("deliberationOpinion") Forms.DeliberationOpinion form, BindingResult binding,
			@RequestParam Map<String, String> typed, CurrentUser user, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		return page.actBound(caseNumber, "deliberation-opinion", typed, form, binding,
				f -> handling.recordDeliberationOpinion(caseNumber, f, user), user, model, locale, response, redirect);
	}

	@PostMapping("/cases/{caseNumber}/fee-notices")
	@PreAuthorize("hasRole('HANDLER')")
	String noticeFee(@PathVariable String caseNumber, @Valid @ModelAttribute("feeNotice") FeeNoticeForm form,
			BindingResult binding, @RequestParam Map<String, String> typed, CurrentUser user, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return page.actBound(caseNumber, "fee-notice", typed, form, binding,
				f -> charging.noticeFee(caseNumber, f, user), user, model, locale, response, redirect);
	}

	@PostMapping("/cases/{caseNumber}/fee-payments")
	@PreAuthorize("hasAnyRole('HANDLER', 'CLERK')")
	String recordFeePayment(@PathVariable String caseNumber, @Valid @ModelAttribute("feePayment") Forms.FeePayment form,
			BindingResult binding, @RequestParam Map<String, String> typed, CurrentUser user, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return page.actBound(caseNumber, "fee-payment", typed, form, binding,
				f -> charging.recordFeePayment(caseNumber, f.paidOn(), user), user, model, locale, response, redirect);
	}

	@PostMapping("/cases/{caseNumber}/notice-deliveries")
	@PreAuthorize("hasAnyRole('CLERK', 'HANDLER')")
	String deliverNotice(@PathVariable String caseNumber,
			@Valid @ModelAttribute("noticeDelivery") NoticeDeliveryForm form, BindingResult binding,
			@RequestParam Map<String, String> typed, CurrentUser user, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		return page.actBound(caseNumber, "notice-delivery", typed, form, binding,
				f -> delivering.recordNoticeDelivery(caseNumber, f, user), user, model, locale, response, redirect);
	}

	@PostMapping("/cases/{caseNumber}/reply-receipts")
	@PreAuthorize("hasRole('CLERK')")
	String recordReplyReceipt(@PathVariable String caseNumber,
			@Valid @ModelAttribute("replyReceipt") Forms.ReplyReceipt form, BindingResult binding,
			@RequestParam Map<String, String> typed, CurrentUser user, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		return page.actBound(caseNumber, "reply-receipt", typed, form, binding,
				f -> delivering.recordReplyReceipt(caseNumber, f.receivedOn(), user), user, model, locale, response,
				redirect);
	}
}
