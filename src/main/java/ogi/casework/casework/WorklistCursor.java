package ogi.casework.casework;

import java.time.Instant;
import java.time.LocalDate;

import ogi.casework.shared.PageCursor;

/**
 * Where a worklist page ends, in the page's order: the sort key of its last (or, going back, first) task — due date,
 * creation time and task id for {@code DUE}; receipt date, case number and task id for {@code RECEIPT}; case number
 * and task id for {@code CASE}. Sent to clients as an opaque {@link PageCursor}.
 */
record WorklistCursor(LocalDate dueDate, Instant createdAt, LocalDate receiptDate, String caseNumber, String taskId) {

	static WorklistCursor of(WorkItem item, LocalDate receiptDate) {
		return new WorklistCursor(item.dueDate(), item.createdAt(), receiptDate, item.caseNumber(), item.taskId());
	}

	String encode(WorklistQuery.Sort sort) {
		PageCursor cursor = switch (sort) {
			case DUE -> PageCursor.of(kind(sort), dueDate, createdAt, taskId);
			case RECEIPT -> PageCursor.of(kind(sort), receiptDate, caseNumber, taskId);
			case CASE -> PageCursor.of(kind(sort), caseNumber, taskId);
		};
		return cursor.encode();
	}

	/** The cursor in request parameter {@code field}, or null when it is not given; refused when it is no such cursor. */
	static WorklistCursor decode(String field, String text, WorklistQuery.Sort sort) {
		var cursor = PageCursor.decode(field, text, kind(sort), sort == WorklistQuery.Sort.CASE ? 2 : 3);
		if (cursor == null) {
			return null;
		}
		return switch (sort) {
			case DUE -> new WorklistCursor(cursor.date(0, field), required(cursor.instant(1, field), field), null, null,
					cursor.required(2, field));
			case RECEIPT -> new WorklistCursor(null, null, cursor.date(0, field), cursor.required(1, field),
					cursor.required(2, field));
			case CASE -> new WorklistCursor(null, null, null, cursor.required(0, field), cursor.required(1, field));
		};
	}

	private static <T> T required(T value, String field) {
		if (value == null) {
			throw PageCursor.invalid(field);
		}
		return value;
	}

	private static String kind(WorklistQuery.Sort sort) {
		return "worklist:" + sort.name();
	}
}
