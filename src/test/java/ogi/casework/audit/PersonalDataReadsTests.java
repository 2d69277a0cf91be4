package ogi.casework.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ogi.casework.shared.PersonalDataView;

/**
 * The walk over a response that finds unmasked personal data: it still finds a view however it is nested, and it
 * leaves alone the parts of a response whose declared types cannot hold one.
 */
class PersonalDataReadsTests {

	record Applicant(String agencyCode, String caseNumber, boolean masked, List<String> shownInFull)
			implements PersonalDataView {
	}

	record Row(String caseNumber, LocalDate due, int daysLeft, boolean overdue) {
	}

	record Holder(Object anything, Optional<Applicant> applicant) {
	}

	record CaseView(String caseNumber, Applicant applicant, List<Row> rows) {
	}

	record Page(List<Object> items, long total, Row first) {
	}

	record Loop(String name, Loop next) {
	}

	@Test
	void findsAnUnmaskedViewNestedInRecordsListsMapsAndOptionals() {
		var shown = new Applicant("ALPHA", "ALPHA-2026-000001", false, List.of("idNumber"));
		var masked = new Applicant("ALPHA", "ALPHA-2026-000002", true, List.of());
		var deep = new Applicant("ALPHA", "ALPHA-2026-000003", false, List.of("phone"));
		var page = new Page(List.of(new CaseView("ALPHA-2026-000001", shown, List.of()),
				Map.of("k", new Holder(null, Optional.of(masked))), new Holder(List.of(deep), Optional.empty())), 3,
				new Row("ALPHA-2026-000001", LocalDate.of(2026, 12, 3), 5, false));

		assertThat(found(page)).containsOnlyKeys("ALPHA/ALPHA-2026-000001", "ALPHA/ALPHA-2026-000003");
	}

	@Test
	void aRecordOfStringsDatesAndNumbersCannotHoldAView() {
		assertThat(mayHold(Row.class)).isFalse();
		assertThat(mayHold(Loop.class)).isFalse();
		assertThat(mayHold(String.class)).isFalse();
		assertThat(mayHold(LocalDate.class)).isFalse();
	}

	@Test
	void whatIsDeclaredLooselyOrHoldsAViewMayHoldOne() {
		assertThat(mayHold(Applicant.class)).isTrue();
		assertThat(mayHold(CaseView.class)).isTrue();
		assertThat(mayHold(Holder.class)).isTrue();
		assertThat(mayHold(List.class)).isTrue();
		assertThat(mayHold(Object.class)).isTrue();
	}

	private static boolean mayHold(Class<?> type) {
		return PersonalDataReads.mayHold(type, new HashSet<>());
	}

	private static Map<String, PersonalDataView> found(Object response) {
		Map<String, PersonalDataView> found = new LinkedHashMap<>();
		Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		PersonalDataReads.collect(response, found, seen, 0);
		return found;
	}
}
