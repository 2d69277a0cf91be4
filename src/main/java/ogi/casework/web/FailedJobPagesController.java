package ogi.casework.web;

import java.time.ZoneId;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.casework.FailedJobs;
import ogi.casework.shared.CaseworkSettings;

/**
 * The agency's process jobs that failed for good, as {@code /api/admin/failed-jobs} lists them: each with its case,
 * the step in words and when it failed; administrators retry one with three more attempts (the head reads).
 */
@Controller
class FailedJobPagesController {

	/** Attempts a retry from the page gives, as Flowable's default for a new job. */
	static final int RETRIES = 3;

	private final FailedJobs failedJobs;

	private final ZoneId zone;

	FailedJobPagesController(FailedJobs failedJobs, CaseworkSettings settings) {
		this.failedJobs = failedJobs;
		this.zone = settings.zone();
	}

	@GetMapping("/admin/failed-jobs")
	@PreAuthorize("hasAnyRole('ADMIN', 'HEAD')")
	String list(CurrentUser user, Model model) {
		model.addAttribute("jobs", failedJobs.list(user));
		model.addAttribute("mayRetry", user.has(Role.ADMIN));
		model.addAttribute("zone", zone);
		return "failed-jobs";
	}

	@PostMapping("/admin/failed-jobs/{jobId}/retries")
	@PreAuthorize("hasRole('ADMIN')")
	String retry(@PathVariable String jobId, CurrentUser admin, RedirectAttributes redirect) {
		failedJobs.retry(jobId, RETRIES, admin);
		redirect.addFlashAttribute("done", "done.failedJob.retried");
		return "redirect:/admin/failed-jobs";
	}
}
