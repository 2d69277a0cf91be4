package ogi.casework.casework;

import java.time.LocalDate;
import java.util.List;

import ogi.casework.reply.Outcome;
import ogi.casework.shared.CaseStatus;

/**
 * A register search as SQL reads it: LIKE patterns already escaped, tokens already hashed; every condition is on an
 * indexed column of the agency's register except the words of the request, which {@code wordTokens} (runs of them in
 * the token index, when given) find candidates for and {@code wordsLike} checks. The rows come by receipt date and case
 * number, {@code ascending} or not, after {@code cursor} when it is given; when {@code drive} is given, they are read
 * in that order from the postings of that one word token (every row they lead to is then checked like any other).
 */
record RegisterFilter(String agencyCode, String numberPrefix, String reversedPrefix, List<RegisterTokens.Token> tokens,
		List<RegisterTokens.Token> wordTokens, LocalDate from, LocalDate to, CaseStatus status, Outcome outcome,
		String handler, String wordsLike, boolean ascending, RegisterCursor cursor, int offset, int limit,
		RegisterTokens.Token drive) {

	/**
	 * The same search read from the postings of its first word token in date order, the words checked on each row
	 * they lead to rather than each row looked up in the other tokens' postings: for words many cases hold.
	 */
	RegisterFilter drivenByFirstWordToken() {
		return new RegisterFilter(agencyCode, numberPrefix, reversedPrefix, tokens, List.of(), from, to, status,
				outcome, handler, wordsLike, ascending, cursor, offset, limit, wordTokens.get(0));
	}
}
