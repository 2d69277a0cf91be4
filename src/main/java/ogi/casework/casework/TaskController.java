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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import ogi.casework.accounts.CurrentUser;
import ogi.casework.shared.InvalidInput;

/** The caller's worklist: tasks assigned to them and tasks their roles may claim, most urgent first. */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Worklist", description = "Each role's tasks, sorted by due date")
class TaskController {

	static final int MAX_SIZE = 200;

	private final Worklist worklist;

	TaskController(Worklist worklist) {
		this.worklist = worklist;
	}

	@GetMapping
	@Operation(summary = "My worklist, by due date, paged; step (a BPMN task id such as handleRequest) filters it",
			description = "Page through with the cursors of the answer: after=<next> for the following page, before="
					+ "<previous> for the page before (keyset pagination: as fast on the last page as on the first, and"
					+ " no task is skipped or shown twice when tasks come and go between pages). page=N still gives the"
					+ " N-th page counted from the first; it cannot be combined with a cursor.")
	@PreAuthorize("isAuthenticated()")
	Worklist.Page list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(required = false) String step,
			@Parameter(description = "The next cursor of the previous answer: the page after it")
			@RequestParam(required = false) String after,
			@Parameter(description = "The previous cursor of an answer: the page before it")
			@RequestParam(required = false) String before, CurrentUser user) {
		PageParameters.check(page, size, MAX_SIZE, after, before);
		Step filter = null;
		if (step != null && !step.isBlank()) {
			filter = Step.of(step).orElseThrow(() -> InvalidInput.of("step", "known",
					"step is one of the process's user tasks, e.g. handleRequest; was " + step));
		}
		return worklist.page(user, new WorklistQuery(filter == null ? null : filter.taskId(), WorklistQuery.Filter.ALL,
				WorklistQuery.Sort.DUE, page, size), after, before);
	}

	@PostMapping("/{taskId}/claim")
	@Operation(summary = "Claim a task so colleagues see it is taken")
	@PreAuthorize("isAuthenticated()")
	List<Worklist.Entry> claim(@PathVariable String taskId, CurrentUser user) {
		worklist.claim(taskId, user);
		return worklist.page(user, 0, 20).items();
	}
}
