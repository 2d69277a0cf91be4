package ogi.casework.web;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
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
import ogi.casework.shared.ActionNotAllowed;

/**
 * Every role's worklist, most urgent first (the worklist read model), filtered by step and by status; one click
 * claims a task and opens its case.
 */
@Controller
class WorklistController {

	/** The largest worklist shown on one page; beyond it the filters narrow it down. */
	static final int PAGE_SIZE = 200;

	private final Worklist worklist;

	WorklistController(Worklist worklist) {
		this.worklist = worklist;
	}

	@GetMapping("/tasks")
	@PreAuthorize("isAuthenticated()")
	String tasks(@RequestParam(required = false) String step, @RequestParam(required = false) TaskFilter status,
			@RequestHeader(name = "HX-Request", required = false) String htmx, CurrentUser user, Model model) {
		var page = worklist.page(user, 0, PAGE_SIZE);
		TaskFilter filter = status == null ? TaskFilter.ALL : status;
		List<Worklist.Entry> items = page.items().stream()
				.filter(entry -> step == null || step.isBlank() || entry.step().equals(step))
				.filter(entry -> filter.test(entry, user))
				.toList();
		model.addAttribute("items", items);
		model.addAttribute("total", page.total());
		model.addAttribute("step", step == null ? "" : step);
		model.addAttribute("status", filter);
		model.addAttribute("steps", Arrays.stream(Step.values()).filter(s -> user.has(s.role())).toList());
		model.addAttribute("filters", TaskFilter.values());
		return htmx != null ? "tasks :: results" : "tasks";
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
		}
		String target = CasePagesController.casePage(caseNumber);
		if (htmx != null) {
			response.setHeader("HX-Redirect", target);
			return "tasks :: empty";
		}
		return "redirect:" + target;
	}

	/** The worklist's status filter. */
	enum TaskFilter {
		ALL, MINE, UNCLAIMED, DUE_SOON, OVERDUE;

		boolean test(Worklist.Entry entry, CurrentUser user) {
			return switch (this) {
				case ALL -> true;
				case MINE -> user.username().equals(entry.assignee());
				case UNCLAIMED -> entry.assignee() == null;
				case DUE_SOON -> entry.dueSoon();
				case OVERDUE -> entry.overdue();
			};
		}
	}
}
