package ogi.casework.web;

import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.casework.Step;
import ogi.casework.casework.Worklist;
import ogi.casework.casework.WorklistQuery;
import ogi.casework.shared.ActionNotAllowed;

/**
 * Every role's worklist, paged, filtered and sorted in the query over all of the user's tasks (the worklist read
 * model), with each case's applicant, subject, receipt date and channel; one click claims a task and opens its case;
 * the same list exports to XLSX.
 */
@Controller
class WorklistController {

	/** Tasks on one page. */
	static final int PAGE_SIZE = 50;

	/** The most rows one export holds. */
	static final int EXPORT_LIMIT = 10_000;

	private final Worklist worklist;

	private final ListExports exports;

	private final ogi.casework.casework.Notifying notifying;

	private final ogi.casework.shared.CaseworkSettings settings;

	private final org.springframework.context.MessageSource messages;

	WorklistController(Worklist worklist, ListExports exports, ogi.casework.casework.Notifying notifying,
			ogi.casework.shared.CaseworkSettings settings, org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.worklist = worklist;
		this.exports = exports;
		this.notifying = notifying;
		this.settings = settings;
	}

	/**
	 * The message centre above the worklist: how many of the user's tasks are overdue or due soon, the sign-offs and
	 * extension decisions waiting for a head, and the latest reminders and alerts, worded by their kind.
	 */
	private void messageCentre(CurrentUser user, Locale locale, Model model) {
		var counts = new java.util.LinkedHashMap<String, Long>();
		var all = worklist.counts(user);
		counts.put("OVERDUE", all.overdue());
		counts.put("DUE_SOON", all.dueSoon());
		if (user.has(ogi.casework.accounts.Role.HEAD)) {
			counts.put(Step.SIGN_OFF_REPLY.taskId(), all.signOff());
			counts.put(Step.APPROVE_EXTENSION.taskId(), all.approveExtension());
		}
		if (user.has(ogi.casework.accounts.Role.REVIEWER)) {
			counts.put(Step.REVIEW_REPLY.taskId(), all.review());
		}
		if (user.has(ogi.casework.accounts.Role.LEGAL)) {
			counts.put(Step.LEGAL_REVIEW_REPLY.taskId(), all.legalReview());
		}
		if (user.has(ogi.casework.accounts.Role.HANDLER)) {
			counts.put(Step.DRAFT_REPLY.taskId(), all.draft());
			counts.put(WorklistQuery.Filter.RETURNED.name(), all.returnedDrafts());
		}
		model.addAttribute("counts", counts);
		model.addAttribute("messages", notifying.forUser(user, 10).stream()
				.map(notification -> new MessageLine(notification, wording(notification, locale))).toList());
		model.addAttribute("zone", settings.zone());
	}

	/** A notification as the message centre shows it: worded in the reader's language when it carries its wording. */
	record MessageLine(ogi.casework.casework.Notification notification, String text) {
	}

	private String wording(ogi.casework.casework.Notification notification, Locale locale) {
		if (notification.wording() != null) {
			return notification.wording().in(messages, locale);
		}
		String byKind = messages.getMessage("notification." + notification.kind(),
				new Object[] { notification.caseNumber() }, null, locale);
		return byKind != null ? byKind : locale.getLanguage().equals("en") ? notification.message()
				: messages.getMessage("notification.other", null, locale);
	}

	@GetMapping("/tasks")
	@PreAuthorize("isAuthenticated()")
	String tasks(@RequestParam(required = false) String step,
			@RequestParam(required = false) WorklistQuery.Filter status,
			@RequestParam(required = false) WorklistQuery.Sort sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) String after, @RequestParam(required = false) String before,
			@RequestHeader(name = "HX-Request", required = false) String htmx, CurrentUser user, Locale locale,
			Model model) {
		boolean cursor = after != null || before != null;
		// with a cursor the page number only says where the page stands (the pager's "page 3 of 5")
		var query = new WorklistQuery(step, status, sort, cursor ? 0 : page, PAGE_SIZE);
		Worklist.Page found;
		try {
			found = worklist.page(user, query, after, before);
		}
		catch (ogi.casework.shared.InvalidInput e) {
			found = worklist.page(user, query); // a stale or mangled link: the first page
			page = 0;
		}
		page = found.previous() == null ? 0 : Math.max(0, page);
		model.addAttribute("items", found.items());
		model.addAttribute("total", found.total());
		model.addAttribute("page", (int) Math.min(page, Math.max(0, (found.total() - 1) / PAGE_SIZE)));
		model.addAttribute("next", found.next());
		model.addAttribute("previous", found.previous());
		model.addAttribute("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("step", query.step() == null ? "" : query.step());
		model.addAttribute("status", query.filter());
		model.addAttribute("sort", query.sort());
		model.addAttribute("steps", Arrays.stream(Step.values()).filter(s -> user.has(s.role())).toList());
		model.addAttribute("filters", WorklistQuery.Filter.values());
		model.addAttribute("sorts", WorklistQuery.Sort.values());
		if (htmx != null) {
			return "tasks :: results";
		}
		messageCentre(user, locale, model);
		return "tasks";
	}

	@GetMapping("/tasks.xlsx")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String step,
			@RequestParam(required = false) WorklistQuery.Filter status,
			@RequestParam(required = false) WorklistQuery.Sort sort, CurrentUser user, Locale locale) {
		return exports.worklist(user, locale, page -> worklist.page(user,
				new WorklistQuery(step, status, sort, page, ListExports.CHUNK)).items(), EXPORT_LIMIT);
	}

	@PostMapping("/tasks/{taskId}/claim")
	@PreAuthorize("isAuthenticated()")
	String claimAndOpen(@PathVariable String taskId, @RequestParam String caseNumber,
			@RequestHeader(name = "HX-Request", required = false) String htmx, CurrentUser user,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			worklist.claim(taskId, user);
		}
		catch (ActionNotAllowed e) {
			redirect.addFlashAttribute("problem", e.getMessage());
			redirect.addFlashAttribute("problemRule", e.rule());
		}
		String target = CasePage.casePath(caseNumber);
		if (htmx != null) {
			response.setHeader("HX-Redirect", target);
			return "tasks :: empty";
		}
		return "redirect:" + target;
	}
}
