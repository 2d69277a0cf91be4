package ogi.casework.casework;

import ogi.casework.shared.InvalidInput;

/**
 * The paging parameters of the worklist and the register: page counted from 0, up to {@link #MAX_PAGE}; size from 1 to
 * the list's largest page; a cursor (after= or before=) only with the first page, which it replaces.
 */
final class PageParameters {

	/** The last page one may ask for; far beyond any list, and page × size stays a valid offset. */
	static final int MAX_PAGE = 10_000;

	private PageParameters() {
	}

	/** @throws InvalidInput naming the first parameter that breaks its rule */
	static void check(int page, int size, int maxSize, String after, String before) {
		if (page < 0) {
			throw InvalidInput.of("page", "min", "page starts at 0");
		}
		if (page > MAX_PAGE) {
			throw InvalidInput.of("page", "max", "page is at most " + MAX_PAGE);
		}
		if (size < 1 || size > maxSize) {
			throw InvalidInput.of("size", "range", "size is between 1 and " + maxSize);
		}
		if (page != 0 && (after != null || before != null)) {
			throw InvalidInput.of(after != null ? "after" : "before", "exclusive",
					"a cursor replaces page: give page=0 (or no page) with it");
		}
	}
}
