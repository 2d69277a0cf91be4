package ogi.casework.casework;

import java.time.LocalDate;
import java.util.List;

import ogi.casework.reply.Outcome;
import ogi.casework.shared.CaseStatus;

/**
 * A register search as SQL reads it: LIKE patterns already escaped, tokens already hashed; every condition is on an
 * indexed column of the agency's register except the words of the request, which narrow what the others found. The
 * rows come by receipt date and case number, {@code ascending} or not, after {@code cursor} when it is given.
 */
record RegisterFilter(String agencyCode, String numberPrefix, String reversedPrefix, List<RegisterTokens.Token> tokens,
		LocalDate from, LocalDate to, CaseStatus status, Outcome outcome, String handler, String wordsLike,
		boolean ascending, RegisterCursor cursor, int offset, int limit) {
}
