package ogi.casework.casework;

/**
 * What a worklist page shows: one step or all, a status filter, an order, and which page.
 *
 * @param step a BPMN task id, or null for every step
 */
public record WorklistQuery(String step, Filter filter, Sort sort, int page, int size) {

	public WorklistQuery {
		filter = filter == null ? Filter.ALL : filter;
		sort = sort == null ? Sort.DUE : sort;
		step = step == null || step.isBlank() ? null : step;
		page = Math.max(0, page);
	}

	/** Which of the user's tasks; {@code RETURNED}: drafting steps opened by a returned draft. */
	public enum Filter {
		ALL, MINE, UNCLAIMED, DUE_SOON, OVERDUE, RETURNED
	}

	/** The order: most urgent first, oldest receipt first, or by case number. */
	public enum Sort {
		DUE, RECEIPT, CASE
	}
}
