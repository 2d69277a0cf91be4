package ogi.casework.litigation;

import java.util.Optional;

import ogi.casework.reply.Outcome;

/** The outcome of a case's delivered reply, the act a matter is about. */
@FunctionalInterface
interface RepliedOutcomes {

	/** The outcome of the reply delivered in {@code caseNumber}; empty when none was delivered. */
	Optional<Outcome> of(String agencyCode, String caseNumber);
}
