package ogi.casework.casework;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ogi.casework.accounts.CurrentUser;
import ogi.casework.shared.InvalidInput;

/** The caller's worklist: tasks assigned to them and tasks their roles may claim, most urgent first. */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Worklist", description = "Each role's tasks, sorted by due date")
class TaskController {

	/** The last page one may ask for; far beyond any worklist, and page × size stays a valid offset. */
	static final int MAX_PAGE = 10_000;

	private final Worklist worklist;

	TaskController(Worklist worklist) {
		this.worklist = worklist;
	}

	@GetMapping
	@Operation(summary = "My worklist, by due date, paged; step (a BPMN task id such as handleRequest) filters it")
	@PreAuthorize("isAuthenticated()")
	Worklist.Page list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(required = false) String step, CurrentUser user) {
		if (page < 0) {
			throw InvalidInput.of("page", "min", "page starts at 0");
		}
		if (page > MAX_PAGE) {
			throw InvalidInput.of("page", "max", "page is at most " + MAX_PAGE);
		}
		if (size < 1 || size > 200) {
			throw InvalidInput.of("size", "range", "size is between 1 and 200");
		}
		Step filter = null;
		if (step != null && !step.isBlank()) {
			filter = Step.of(step).orElseThrow(() -> InvalidInput.of("step", "known",
					"step is one of the process's user tasks, e.g. handleRequest; was " + step));
		}
		return worklist.page(user, page, size, filter);
	}

	@PostMapping("/{taskId}/claim")
	@Operation(summary = "Claim a task so colleagues see it is taken")
	@PreAuthorize("isAuthenticated()")
	List<Worklist.Entry> claim(@PathVariable String taskId, CurrentUser user) {
		worklist.claim(taskId, user);
		return worklist.page(user, 0, 20).items();
	}
}
