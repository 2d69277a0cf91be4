package ogi.casework.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The ledger mapper in memory, for properties that need many cases quickly. */
class InMemoryDeadlines implements Deadlines {

	final List<Deadline> entries = new ArrayList<>();

	final List<Pause> pauses = new ArrayList<>();

	final List<Extension> extensions = new ArrayList<>();

	@Override
	public void insert(Deadline d) {
		entries.add(d.id() != null ? d : new Deadline((long) entries.size() + 1, d.agencyCode(), d.caseNumber(),
				d.kind(), d.startDate(), d.startReason(), d.length(), d.unit(), d.pausedWorkingDays(), d.dueDate(),
				d.provisional(), d.basis(), d.explanation(), d.reason(), d.active(), d.recordedBy(), d.recordedAt(),
				d.cause(), d.causeNumber()));
	}

	@Override
	public void insertAll(List<Deadline> deadlines) {
		deadlines.forEach(this::insert);
	}

	@Override
	public int deactivate(String agencyCode, String caseNumber, DeadlineKind kind) {
		int changed = 0;
		for (int i = 0; i < entries.size(); i++) {
			var e = entries.get(i);
			if (e.caseNumber().equals(caseNumber) && e.kind() == kind && e.active()) {
				entries.set(i, new Deadline(e.id(), e.agencyCode(), e.caseNumber(), e.kind(), e.startDate(),
						e.startReason(), e.length(), e.unit(), e.pausedWorkingDays(), e.dueDate(), e.provisional(),
						e.basis(), e.explanation(), e.reason(), false, e.recordedBy(), e.recordedAt(), e.cause(),
						e.causeNumber()));
				changed++;
			}
		}
		return changed;
	}

	@Override
	public Optional<Deadline> active(String agencyCode, String caseNumber, DeadlineKind kind) {
		return entries.stream().filter(e -> e.caseNumber().equals(caseNumber) && e.kind() == kind && e.active())
				.findFirst();
	}

	@Override
	public List<Deadline> ledger(String agencyCode, String caseNumber) {
		return entries.stream().filter(e -> e.caseNumber().equals(caseNumber)).toList();
	}

	@Override
	public List<Deadline> allActive(DeadlineKind kind, String agencyCode) {
		return entries.stream().filter(e -> e.kind() == kind && e.active()).toList();
	}

	@Override
	public List<Deadline> activeProvisional(java.util.Collection<DeadlineKind> kinds,
			java.util.Collection<String> agencies) {
		return entries.stream().filter(e -> kinds.contains(e.kind()) && e.active() && e.provisional()
				&& (agencies == null || agencies.contains(e.agencyCode()))).toList();
	}

	@Override
	public List<Deadline> activeFinalEndingFrom(java.util.Collection<DeadlineKind> kinds, java.time.LocalDate from,
			java.util.Collection<String> agencies) {
		return entries.stream().filter(e -> kinds.contains(e.kind()) && e.active() && !e.provisional()
				&& !e.dueDate().isBefore(from) && (agencies == null || agencies.contains(e.agencyCode()))).toList();
	}

	/** The database's key order as far as these tests' codes go (capitals, digits and '-', no '_'). */
	private static final java.util.Comparator<ogi.casework.shared.CaseKey> KEY_ORDER = java.util.Comparator
		.comparing(ogi.casework.shared.CaseKey::agencyCode).thenComparing(ogi.casework.shared.CaseKey::caseNumber);

	@Override
	public List<ogi.casework.shared.CaseKey> casesWithRunningPeriodAfter(ogi.casework.shared.CaseKey after,
			java.util.Collection<DeadlineKind> running, java.util.Collection<DeadlineKind> windows, LocalDate windowsFrom,
			int limit) {
		return entries.stream().filter(Deadline::active)
			.filter(e -> running.contains(e.kind()) || windows.contains(e.kind()) && !e.dueDate().isBefore(windowsFrom))
			.map(e -> new ogi.casework.shared.CaseKey(e.agencyCode(), e.caseNumber()))
			.filter(key -> KEY_ORDER.compare(key, after) > 0)
			.distinct().sorted(KEY_ORDER).limit(limit).toList();
	}

	@Override
	public void insertPause(Pause pause) {
		pauses.add(pause);
	}

	@Override
	public int replanPause(String agencyCode, String caseNumber, PauseKind kind, int number, LocalDate plannedEnd,
			LocalDate endedOn) {
		for (int i = 0; i < pauses.size(); i++) {
			var p = pauses.get(i);
			if (p.caseNumber().equals(caseNumber) && p.kind() == kind && p.number() == number) {
				pauses.set(i, new Pause(p.agencyCode(), p.caseNumber(), p.kind(), p.number(), p.startedOn(),
						plannedEnd, endedOn, p.basis(), p.recordedBy(), p.recordedAt()));
				return 1;
			}
		}
		return 0;
	}

	@Override
	public void reactivate(long id) {
		for (int i = 0; i < entries.size(); i++) {
			var e = entries.get(i);
			if (e.id() != null && e.id() == id) {
				entries.set(i, new Deadline(e.id(), e.agencyCode(), e.caseNumber(), e.kind(), e.startDate(),
						e.startReason(), e.length(), e.unit(), e.pausedWorkingDays(), e.dueDate(), e.provisional(),
						e.basis(), e.explanation(), e.reason(), true, e.recordedBy(), e.recordedAt(), e.cause(),
						e.causeNumber()));
			}
		}
	}

	@Override
	public List<ogi.casework.shared.CaseKey> casesWithOpenPause() {
		return pauses.stream().filter(p -> p.endedOn() == null)
			.map(p -> new ogi.casework.shared.CaseKey(p.agencyCode(), p.caseNumber())).distinct().toList();
	}

	@Override
	public List<Pause> pauses(String agencyCode, String caseNumber) {
		return pauses.stream().filter(p -> p.caseNumber().equals(caseNumber)).toList();
	}

	@Override
	public void insertExtension(Extension extension) {
		extensions.add(extension);
	}

	@Override
	public int decideExtension(Extension decided) {
		for (int i = 0; i < extensions.size(); i++) {
			var e = extensions.get(i);
			if (e.caseNumber().equals(decided.caseNumber()) && e.number() == decided.number()
					&& e.status() == Extension.Status.REQUESTED) {
				extensions.set(i, decided);
				return 1;
			}
		}
		return 0;
	}

	@Override
	public List<Extension> extensions(String agencyCode, String caseNumber) {
		return extensions.stream().filter(e -> e.caseNumber().equals(caseNumber)).toList();
	}

	final List<ReplyCycle> cycles = new ArrayList<>();

	@Override
	public void insertCycle(ReplyCycle cycle) {
		cycles.add(cycle);
	}

	@Override
	public Optional<ReplyCycle> latestCycle(String agencyCode, String caseNumber) {
		return cycles.stream().filter(c -> c.agencyCode().equals(agencyCode) && c.caseNumber().equals(caseNumber))
				.reduce((first, second) -> second);
	}
}
