package ogi.casework.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.casework.FailedJobs;

/**
 * The agency's failed process jobs on a page: the head and the administrators see which case's timer or automatic
 * step no longer runs and why; an administrator retries one once its cause is repaired.
 */
@Controller
class FailedJobPagesController {

	private final FailedJobs failedJobs;

	private final ogi.casework.shared.CaseworkSettings settings;

	FailedJobPagesController(FailedJobs failedJobs, ogi.casework.shared.CaseworkSettings settings) {
		this.failedJobs = failedJobs;
		this.settings = settings;
	}

	@GetMapping("/admin/failed-jobs")
	@PreAuthorize("hasAnyRole('ADMIN', 'HEAD', 'PLATFORM_ADMIN')")
	String list(CurrentUser user, Model model) {
		model.addAttribute("jobs", failedJobs.of(user));
		model.addAttribute("zone", settings.zone());
		model.addAttribute("retries", user.has(ogi.casework.accounts.Role.ADMIN)
				|| user.has(ogi.casework.accounts.Role.PLATFORM_ADMIN));
		// an administrator reads no case: the case number is shown, linked only for those who may open it
		model.addAttribute("readsCases", ogi.casework.accounts.Role.CASEWORK.stream().anyMatch(user::has));
		return "failed-jobs";
	}

	@PostMapping("/admin/failed-jobs/{jobId}/retry")
	@PreAuthorize("hasAnyRole('ADMIN', 'PLATFORM_ADMIN')")
	String retry(@PathVariable String jobId, CurrentUser admin, RedirectAttributes redirect) {
		failedJobs.retry(jobId, 1, admin);
		redirect.addFlashAttribute("done", "done.jobRetried");
		return "redirect:/admin/failed-jobs";
	}
}
