package ogi.casework.litigation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Matters built in memory for unit tests. */
final class MatterFixtures {

	private MatterFixtures() {
	}

	static Matter reconsideration(LocalDate copyReceivedOn, Procedure procedure) {
		return new Matter(1, "A", MatterKind.RECONSIDERATION, "某某区人民政府", "某复〔2026〕1号", copyReceivedOn, procedure,
				null, List.of("A-2026-0001"), List.of(), List.of(), null, null, null, "legal", Instant.EPOCH);
	}

	static Matter lawsuit(LocalDate copyReceivedOn) {
		return new Matter(2, "A", MatterKind.LAWSUIT_DIRECT, "某某区人民法院", "（2026）某0101行初1号", copyReceivedOn,
				Procedure.SIMPLIFIED, null, List.of("A-2026-0001"), List.of(), List.of(), null, null, null, "legal",
				Instant.EPOCH);
	}

	static Matter withFiling(Matter m, FilingKind kind, LocalDate filedOn) {
		var filings = new java.util.ArrayList<>(m.filings());
		filings.add(new Matter.Filing(filings.size() + 1, kind, filedOn, null, "legal", Instant.EPOCH));
		return new Matter(m.id(), m.agencyCode(), m.kind(), m.body(), m.referenceNumber(), m.copyReceivedOn(),
				m.procedure(), m.earlierMatterId(), m.caseNumbers(), m.hearings(), filings, m.decision(), m.service(),
				m.appeal(), m.registeredBy(), m.registeredAt());
	}

	static Matter withHearing(Matter m, LocalDate heldOn) {
		var hearings = new java.util.ArrayList<>(m.hearings());
		hearings.add(new Matter.Hearing(hearings.size() + 1, heldOn, null, null, "legal", Instant.EPOCH));
		return new Matter(m.id(), m.agencyCode(), m.kind(), m.body(), m.referenceNumber(), m.copyReceivedOn(),
				m.procedure(), m.earlierMatterId(), m.caseNumbers(), hearings, m.filings(), m.decision(), m.service(),
				m.appeal(), m.registeredBy(), m.registeredAt());
	}

	static Matter decided(Matter m, DecisionType type, LocalDate on) {
		return new Matter(m.id(), m.agencyCode(), m.kind(), m.body(), m.referenceNumber(), m.copyReceivedOn(),
				m.procedure(), m.earlierMatterId(), m.caseNumbers(), m.hearings(), m.filings(),
				new Matter.Decision(type, on, on, type.ordersNewReply(), null, null), m.service(), m.appeal(),
				m.registeredBy(), m.registeredAt());
	}

	static Matter served(Matter m, ServedDocument document, LocalDate on) {
		return new Matter(m.id(), m.agencyCode(), m.kind(), m.body(), m.referenceNumber(), m.copyReceivedOn(),
				m.procedure(), m.earlierMatterId(), m.caseNumbers(), m.hearings(), m.filings(), m.decision(),
				new Matter.Service(document, on), m.appeal(), m.registeredBy(), m.registeredAt());
	}

	static Matter appealed(Matter m, LocalDate lodgedOn, DecisionType secondInstance, LocalDate decidedOn) {
		return new Matter(m.id(), m.agencyCode(), m.kind(), m.body(), m.referenceNumber(), m.copyReceivedOn(),
				m.procedure(), m.earlierMatterId(), m.caseNumbers(), m.hearings(), m.filings(), m.decision(),
				m.service(), new Matter.Appeal(lodgedOn, AppealParty.AGENCY, secondInstance, decidedOn),
				m.registeredBy(), m.registeredAt());
	}
}
