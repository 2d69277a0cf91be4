package ogi.casework.casework;

import java.time.LocalDate;

import ogi.casework.shared.PageCursor;

/**
 * Where a register page ends: the receipt date (null while an online application awaits confirmation) and case number
 * of its last (or, going back, first) row. Sent to clients as an opaque {@link PageCursor}.
 */
record RegisterCursor(LocalDate receiptDate, String caseNumber) {

	static RegisterCursor of(RegisterEntry entry) {
		return new RegisterCursor(entry.receiptDate(), entry.caseNumber());
	}

	String encode(boolean oldestFirst) {
		return PageCursor.of(kind(oldestFirst), receiptDate, caseNumber).encode();
	}

	/** The cursor in request parameter {@code field}, or null when it is not given; refused when it is no such cursor. */
	static RegisterCursor decode(String field, String text, boolean oldestFirst) {
		var cursor = PageCursor.decode(field, text, kind(oldestFirst), 2);
		return cursor == null ? null : new RegisterCursor(cursor.date(0, field), cursor.required(1, field));
	}

	private static String kind(boolean oldestFirst) {
		return oldestFirst ? "register:oldest" : "register:newest";
	}
}
