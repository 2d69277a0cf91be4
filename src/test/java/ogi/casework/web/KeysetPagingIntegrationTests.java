package ogi.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.casework.CaseRegister;
import ogi.casework.casework.RegisterQuery;
import ogi.casework.casework.Worklist;
import ogi.casework.casework.WorklistQuery;
import ogi.casework.intake.ApplicantType;
import ogi.casework.intake.Channel;
import ogi.casework.intake.IdDocumentType;
import ogi.casework.intake.NewApplication;
import ogi.casework.intake.ObtainingMethod;
import ogi.casework.intake.ProvisionForm;
import ogi.casework.support.Agencies;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.Cases;
import ogi.casework.support.MutableClock;

/**
 * Keyset pagination on the real database: walking the register and the worklist page by page with the next cursor
 * (and back with the previous one) shows every row exactly once and in the list's order, also when many rows tie on
 * the sort key (one receipt date, one due date, one creation time) and with a filter; a cursor that is not one is
 * refused with a problem detail naming it.
 */
@CaseworkIntegrationTest
class KeysetPagingIntegrationTests {

	static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

	static final LocalDate TUESDAY = MONDAY.plusDays(1);

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	Cases cases;

	@Autowired
	CaseRegister register;

	@Autowired
	Worklist worklist;

	@BeforeEach
	void monday() {
		clock.setTo(MONDAY);
	}

	@Test
	void pagesThroughTheRegisterByNameShowingEveryCaseOnceWhenReceiptDatesTie() {
		String name = "闻人" + unique(4);
		List<String> opened = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			opened.add(open(name, i < 5 ? MONDAY : TUESDAY));
		}
		open("公孙" + unique(4), MONDAY);
		var query = new RegisterQuery(null, name, null, null, null, null, null, null, null, null, false);
		var oldestFirst = new RegisterQuery(null, name, null, null, null, null, null, null, null, null, true);

		// newest first: Tuesday's two (higher case numbers first), then Monday's five
		List<String> newestFirst = new ArrayList<>(List.of(opened.get(6), opened.get(5)));
		for (int i = 4; i >= 0; i--) {
			newestFirst.add(opened.get(i));
		}
		assertThat(walkRegister(query, 3)).containsExactlyElementsOf(newestFirst);
		assertThat(walkRegister(oldestFirst, 2)).containsExactlyElementsOf(opened);
		assertThat(walkRegisterBack(query, 3)).containsExactlyElementsOf(newestFirst);
	}

	@Test
	void pagesThroughTheWorklistInEveryOrderShowingEveryTaskOnceWhenDueDatesAndCreationTimesTie() {
		for (int i = 0; i < 6; i++) {
			open("东郭" + unique(4), MONDAY);
		}
		CurrentUser clerk = user(Role.CLERK);

		for (var sort : WorklistQuery.Sort.values()) {
			for (var filter : List.of(WorklistQuery.Filter.ALL, WorklistQuery.Filter.UNCLAIMED)) {
				var all = worklist.page(clerk, new WorklistQuery("registerApplication", filter, sort, 0, 1000));
				List<String> everyTask = all.items().stream().map(Worklist.Entry::taskId).toList();
				assertThat(everyTask).hasSizeGreaterThanOrEqualTo(6).doesNotHaveDuplicates();

				assertThat(walkWorklist(clerk, new WorklistQuery("registerApplication", filter, sort, 0, 4)))
					.as("%s %s", sort, filter).containsExactlyElementsOf(everyTask);
				assertThat(walkWorklistBack(clerk, new WorklistQuery("registerApplication", filter, sort, 0, 4)))
					.as("back %s %s", sort, filter).containsExactlyElementsOf(everyTask);
			}
		}
		var mine = worklist.page(clerk, new WorklistQuery(null, WorklistQuery.Filter.MINE, null, 0, 1000));
		assertThat(walkWorklist(clerk, new WorklistQuery(null, WorklistQuery.Filter.MINE, null, 0, 2)))
			.containsExactlyElementsOf(mine.items().stream().map(Worklist.Entry::taskId).toList());
	}

	@Test
	void theApiGivesTheNextCursorAndRefusesOneThatIsNot() throws Exception {
		String name = "南宫" + unique(4);
		String older = open(name, MONDAY);
		String newer = open(name, TUESDAY);

		String first = mvc.perform(get("/api/applications").param("applicantName", name).param("size", "1")
				.with(httpBasic(Agencies.username(Agencies.ALPHA, Role.CLERK), Agencies.PASSWORD)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.entries[0].caseNumber").value(newer))
			.andReturn().getResponse().getContentAsString();
		String next = com.jayway.jsonpath.JsonPath.read(first, "$.next");
		mvc.perform(get("/api/applications").param("applicantName", name).param("size", "1").param("after", next)
				.with(httpBasic(Agencies.username(Agencies.ALPHA, Role.CLERK), Agencies.PASSWORD)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.entries[0].caseNumber").value(older))
			.andExpect(jsonPath("$.next").doesNotExist());

		String tasks = mvc.perform(get("/api/tasks").param("size", "1")
				.with(httpBasic(Agencies.username(Agencies.ALPHA, Role.CLERK), Agencies.PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String taskCursor = com.jayway.jsonpath.JsonPath.read(tasks, "$.next");
		mvc.perform(get("/api/tasks").param("size", "1").param("after", taskCursor)
				.with(httpBasic(Agencies.username(Agencies.ALPHA, Role.CLERK), Agencies.PASSWORD)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.previous").exists());

		for (String bad : List.of("nonsense", next, "YzEfd29ya2xpc3Q6RFVFHw")) {
			mvc.perform(get("/api/tasks").param("after", bad)
					.with(httpBasic(Agencies.username(Agencies.ALPHA, Role.CLERK), Agencies.PASSWORD)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("after"))
				.andExpect(jsonPath("$.errors[0].rule").value("cursor"));
		}
		mvc.perform(get("/api/applications").param("applicantName", name).param("after", taskCursor)
				.with(httpBasic(Agencies.username(Agencies.ALPHA, Role.CLERK), Agencies.PASSWORD)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("after"));
		mvc.perform(get("/api/tasks").param("page", "2").param("after", taskCursor)
				.with(httpBasic(Agencies.username(Agencies.ALPHA, Role.CLERK), Agencies.PASSWORD)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("after"));
	}

	private List<String> walkRegister(RegisterQuery query, int size) {
		return walk((after, ignored) -> {
			var page = register.search(query, 0, size, after, null, user(Role.CLERK));
			return new Step(page.rows().stream().map(CaseRegister.Row::caseNumber).toList(), page.next());
		});
	}

	/** From the last page back to the first with the previous cursors; the rows in the list's order. */
	private List<String> walkRegisterBack(RegisterQuery query, int size) {
		var last = register.search(query, 0, size, user(Role.CLERK));
		while (last.next() != null) {
			last = register.search(query, 0, size, last.next(), null, user(Role.CLERK));
		}
		List<List<String>> pages = new ArrayList<>();
		pages.add(last.rows().stream().map(CaseRegister.Row::caseNumber).toList());
		var page = last;
		while (page.previous() != null) {
			page = register.search(query, 0, size, null, page.previous(), user(Role.CLERK));
			pages.add(0, page.rows().stream().map(CaseRegister.Row::caseNumber).toList());
		}
		return pages.stream().flatMap(List::stream).toList();
	}

	private List<String> walkWorklist(CurrentUser user, WorklistQuery query) {
		return walk((after, ignored) -> {
			var page = worklist.page(user, query, after, null);
			assertThat(page.items()).hasSizeLessThanOrEqualTo(query.size());
			return new Step(page.items().stream().map(Worklist.Entry::taskId).toList(), page.next());
		});
	}

	private List<String> walkWorklistBack(CurrentUser user, WorklistQuery query) {
		var last = worklist.page(user, query);
		while (last.next() != null) {
			last = worklist.page(user, query, last.next(), null);
		}
		List<List<String>> pages = new ArrayList<>();
		pages.add(last.items().stream().map(Worklist.Entry::taskId).toList());
		var page = last;
		while (page.previous() != null) {
			page = worklist.page(user, query, null, page.previous());
			pages.add(0, page.items().stream().map(Worklist.Entry::taskId).toList());
		}
		return pages.stream().flatMap(List::stream).toList();
	}

	private record Step(List<String> rows, String next) {
	}

	private static List<String> walk(BiFunction<String, Integer, Step> fetch) {
		List<String> seen = new ArrayList<>();
		String after = null;
		for (int pages = 0; pages < 1000; pages++) {
			var step = fetch.apply(after, pages);
			seen.addAll(step.rows());
			if (step.next() == null) {
				return seen;
			}
			after = step.next();
		}
		throw new AssertionError("more than 1000 pages");
	}

	private String open(String name, LocalDate receivedOn) {
		var form = new NewApplication(
				new NewApplication.Applicant(ApplicantType.NATURAL_PERSON, name, IdDocumentType.RESIDENT_ID_CARD,
						RegisterPagesIntegrationTests.residentId("1101051990" + "0101" + digits(3)), "139" + digits(8),
						null, "北京市西城区某街1号"),
				"分页测试" + unique(6), null, ProvisionForm.ELECTRONIC, ObtainingMethod.EMAIL, Channel.IN_PERSON,
				new NewApplication.ChannelDates(receivedOn, null, null, null), false, null);
		clock.setTo(receivedOn);
		return cases.open(form, user(Role.CLERK)).caseNumber();
	}

	private static CurrentUser user(Role role) {
		return Agencies.user(Agencies.ALPHA, role);
	}

	private static String unique(int length) {
		String chars = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
		var random = UUID.randomUUID().getLeastSignificantBits();
		var out = new StringBuilder();
		for (int i = 0; i < length; i++) {
			out.append(chars.charAt((int) Math.floorMod(random >> (i * 5), chars.length())));
		}
		return out.toString();
	}

	private static String digits(int length) {
		var random = UUID.randomUUID().getMostSignificantBits();
		var out = new StringBuilder();
		for (int i = 0; i < length; i++) {
			out.append(Math.floorMod(random >> (i * 4), 10));
		}
		return out.toString();
	}
}
