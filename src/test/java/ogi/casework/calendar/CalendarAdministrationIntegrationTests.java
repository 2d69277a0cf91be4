package ogi.casework.calendar;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.BETA;
import static ogi.casework.support.Agencies.PASSWORD;
import static ogi.casework.support.Agencies.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import ogi.casework.accounts.Role;
import ogi.casework.support.Agencies;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/**
 * Administrators load a newly published year and define regional rest days through the REST API, on the real
 * database. The 2027 notice loaded here is synthetic ({@link SyntheticNotices}); years 2028 and 2095–2097 and the
 * regions TEST-* are used by this class only, so the tests do not depend on their order or on other classes sharing
 * the context.
 */
@CaseworkIntegrationTest
@RecordApplicationEvents
class CalendarAdministrationIntegrationTests {

	static final String ALPHA_REGION = "TEST-ALPHA-REGION";

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	OfficialCalendar calendar;

	@Autowired
	CalendarStore store;

	@Autowired
	CalendarManagement management;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	@BeforeEach
	void itIsFridayMorning() {
		clock.setTo(LocalDate.of(2026, 11, 20));
	}

	@AfterEach
	void alphaFollowsTheNationalCalendarAgain() throws Exception {
		as(ALPHA, Role.ADMIN, delete("/api/calendar/regions/{region}/agencies/{agency}", ALPHA_REGION, ALPHA), null);
	}

	@Test
	void anAdministratorLoadsANewlyPublishedYearAndWorkingDaysFollowIt() throws Exception {
		// given the synthetic 2027 notice in the holiday-cn file format

		// when ALPHA's administrator loads it
		as(ALPHA, Role.PLATFORM_ADMIN, post("/api/calendar/notices"), SyntheticNotices.holidayCnJson2027())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.action").value("NOTICE_LOADED"))
			.andExpect(jsonPath("$.year").value(2027))
			.andExpect(jsonPath("$.papers[0]").value(SyntheticNotices.ADDRESS_2027))
			.andExpect(jsonPath("$.changedBy").value("alpha-platform_admin"));

		// then a period running into 2027 skips the new holiday and is final, for any agency
		for (String agency : new String[] { ALPHA, BETA }) {
			as(agency, Role.CLERK, get("/api/calendar/working-days?from=2026-12-30&add=5"), null)
				.andExpect(status().isOk())
				.andExpect(content().json("""
						{"from":"2026-12-30","add":5,"date":"2027-01-07","provisional":false}
						""", JsonCompareMode.STRICT));
		}
		as(BETA, Role.CLERK, get("/api/calendar/days?from=2027-01-01&to=2027-01-01"), null)
			.andExpect(content().json("""
					[{"date":"2027-01-01","workingDay":false,"kind":"HOLIDAY","holidayName":"元旦","provisional":false}]
					""", JsonCompareMode.STRICT));
		assertThat(calendar.isPublished(2027)).isTrue();
	}

	@Test
	void theLoadIsListedWithWhoAndWhen() throws Exception {
		// given ALPHA's administrator loads the synthetic 2027 notice at 09:00 Beijing time
		clock.setTo(LocalDate.of(2026, 11, 23));
		as(ALPHA, Role.PLATFORM_ADMIN, post("/api/calendar/notices"), SyntheticNotices.holidayCnJson2027())
			.andExpect(status().isCreated());

		// when an administrator of another agency lists the loaded notices
		ResultActions listed = as(BETA, Role.ADMIN, get("/api/calendar/notices"), null);

		// then 2027 is there with who loaded it and when, its dates, and the load in its history
		listed.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.year == 2027)].loadedBy").value(hasItem("alpha-platform_admin")))
			.andExpect(jsonPath("$[?(@.year == 2027)].loadedAt").value(hasItem("2026-11-23T01:00:00Z")))
			.andExpect(jsonPath("$[?(@.year == 2027)].papers[0]").value(hasItem(SyntheticNotices.ADDRESS_2027)))
			.andExpect(jsonPath("$[?(@.year == 2027)].days[*].date").value(hasItem("2027-10-09")))
			.andExpect(jsonPath("$[?(@.year == 2027)].history[0].changedBy").value(hasItem("alpha-platform_admin")))
			.andExpect(jsonPath("$[?(@.year == 2027)].history[0].changedByAgency").value(hasItem(ALPHA)))
			.andExpect(jsonPath("$[?(@.year == 2027)].history[0].changedAt").value(hasItem("2026-11-23T01:00:00Z")));
		// and a clerk sees the notice and who loaded it, but not the history of loads
		as(BETA, Role.CLERK, get("/api/calendar/notices"), null)
			.andExpect(jsonPath("$[?(@.year == 2027)].loadedBy").value(hasItem("alpha-platform_admin")))
			.andExpect(jsonPath("$[*].history[*]").isEmpty());
	}

	@Test
	void aLoadPublishesCalendarChangedWithTheDatesWhoseStatusChanged() throws Exception {
		// given a made-up notice for 2095: Saturday 01-01 off (no change), Monday 01-03 off, Saturday 01-08 working
		String notice = """
				{"year": 2095, "noticeUrl": "https://example.org/synthetic/2095",
				 "days": [{"date": "2095-01-01", "name": "元旦", "offDay": true},
				          {"date": "2095-01-03", "name": "元旦", "offDay": true},
				          {"date": "2095-01-08", "name": "元旦", "offDay": false}]}
				""";

		// when it is loaded
		as(ALPHA, Role.PLATFORM_ADMIN, post("/api/calendar/notices"), notice)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.added.length()").value(3))
			.andExpect(jsonPath("$.removed.length()").value(0));

		// then one national CalendarChanged names the two dates whose status changed
		assertThat(events.stream(CalendarChanged.class).filter(event -> event.year() == 2095)).containsExactly(
				new CalendarChanged(2095, Set.of(LocalDate.of(2095, 1, 3), LocalDate.of(2095, 1, 8)),
						"https://example.org/synthetic/2095", "alpha-platform_admin"));
		assertThat(events.stream(CalendarChanged.class).filter(event -> event.year() == 2095).findFirst().orElseThrow()
			.concerns(BETA)).isTrue();
	}

	@Test
	void onlyAnAdministratorLoadsANotice() throws Exception {
		// given a valid notice for 2028
		String notice = """
				{"year": 2028, "noticeUrl": "https://example.org/synthetic/2028",
				 "days": [{"date": "2028-01-03", "name": "元旦", "offDay": true}]}
				""";

		// when a clerk and an office head try to load it
		// then both are refused and 2028 stays unpublished
		as(ALPHA, Role.CLERK, post("/api/calendar/notices"), notice).andExpect(status().isForbidden());
		as(BETA, Role.HEAD, post("/api/calendar/notices"), notice).andExpect(status().isForbidden());
		assertThat(calendar.isPublished(2028)).isFalse();
		assertThat(events.stream(CalendarChanged.class)).isEmpty();
	}

	@Test
	void badInputIsRejectedNamingTheFieldAndNothingChanges() throws Exception {
		// given the stored data as it is
		long version = store.version();
		int changes = changeCount();

		// when notices for 2028 break a rule, or carry a date that is no date
		as(ALPHA, Role.PLATFORM_ADMIN, post("/api/calendar/notices"), """
				{"year": 2028, "noticeUrl": "https://example.org/synthetic/2028",
				 "days": [{"date": "2028-01-03", "name": "元旦", "offDay": true},
				          {"date": "2031-01-01", "name": "元旦", "offDay": true}]}
				""")
			// then the field and the rule are named
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("days[1].date"))
			.andExpect(jsonPath("$.errors[0].rule").value("within-neighbouring-years"));
		as(ALPHA, Role.PLATFORM_ADMIN, post("/api/calendar/notices"), """
				{"year": 2028, "papers": [], "days": [{"date": "2028-01-03", "name": "元旦", "offDay": true}]}
				""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("papers"))
			.andExpect(jsonPath("$.errors[0].rule").value("required"));
		as(ALPHA, Role.PLATFORM_ADMIN, post("/api/calendar/notices"), """
				{"year": 2028, "noticeUrl": "https://example.org/synthetic/2028",
				 "days": [{"date": "2028-02-30", "name": "春节", "offDay": true}]}
				""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("days[0].date"));

		// and nothing was stored, in the database or in memory, and no event was published
		assertThat(store.version()).isEqualTo(version);
		assertThat(changeCount()).isEqualTo(changes);
		assertThat(calendar.isPublished(2028)).isFalse();
		as(ALPHA, Role.CLERK, get("/api/calendar/notices"), null)
			.andExpect(jsonPath("$[*].year").value(not(hasItem(2028))));
		assertThat(events.stream(CalendarChanged.class)).isEmpty();
	}

	@Test
	void aRegionalRestDayMovesAlphasResultAndNotBetas() throws Exception {
		// given ALPHA's administrator defines a region whose (made-up) 2030 notice makes Tuesday 2030-03-05 a rest day
		as(ALPHA, Role.ADMIN, post("/api/calendar/regions/{region}/days", ALPHA_REGION), """
				{"year": 2030, "noticeUrl": "测试政办发〔2030〕1号",
				 "days": [{"date": "2030-03-05", "name": "测试民族节日", "offDay": true}]}
				""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.action").value("REGION_NOTICE_LOADED"))
			.andExpect(jsonPath("$.regionCode").value(ALPHA_REGION));

		// when ALPHA is assigned to the region
		as(ALPHA, Role.ADMIN, put("/api/calendar/regions/{region}/agencies/{agency}", ALPHA_REGION, ALPHA), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.regionCode").value(ALPHA_REGION))
			.andExpect(jsonPath("$.assignedBy").value("alpha-admin"));

		// then ALPHA's next working day after Monday 2030-03-04 is Wednesday, BETA's is Tuesday
		as(ALPHA, Role.CLERK, get("/api/calendar/working-days?from=2030-03-04&add=1"), null)
			.andExpect(jsonPath("$.date").value("2030-03-06"));
		as(BETA, Role.CLERK, get("/api/calendar/working-days?from=2030-03-04&add=1"), null)
			.andExpect(jsonPath("$.date").value("2030-03-05"));
		as(ALPHA, Role.CLERK, get("/api/calendar/days?from=2030-03-05&to=2030-03-05"), null)
			.andExpect(jsonPath("$[0].kind").value("REGIONAL_HOLIDAY"))
			.andExpect(jsonPath("$[0].holidayName").value("测试民族节日"));
		// and the move was announced to ALPHA only
		assertThat(events.stream(CalendarChanged.class).filter(event -> event.year() == 2030)).contains(
				new CalendarChanged(2030, Set.of(LocalDate.of(2030, 3, 5)), null, "alpha-admin", ALPHA_REGION,
						Set.of(ALPHA)));
		as(ALPHA, Role.CLERK, get("/api/calendar/regions"), null)
			.andExpect(jsonPath("$[?(@.regionCode == '" + ALPHA_REGION + "')].ownerAgencyCode").value(hasItem(ALPHA)))
			.andExpect(jsonPath("$[?(@.regionCode == '" + ALPHA_REGION + "')].agencyCodes[0]").value(hasItem(ALPHA)));
		// and another agency sees the region, but not which agencies follow it
		as(BETA, Role.CLERK, get("/api/calendar/regions"), null)
			.andExpect(jsonPath("$[?(@.regionCode == '" + ALPHA_REGION + "')].ownerAgencyCode").value(hasItem(ALPHA)))
			.andExpect(jsonPath("$[?(@.regionCode == '" + ALPHA_REGION + "')].agencyCodes[*]").isEmpty());

		// and once ALPHA leaves the region, it follows the national calendar again
		as(ALPHA, Role.ADMIN, delete("/api/calendar/regions/{region}/agencies/{agency}", ALPHA_REGION, ALPHA), null)
			.andExpect(status().isNoContent());
		as(ALPHA, Role.CLERK, get("/api/calendar/working-days?from=2030-03-04&add=1"), null)
			.andExpect(jsonPath("$.date").value("2030-03-05"));
	}

	@Test
	void anAdministratorChoosesTheRegionOnTheAdministrationPage() throws Exception {
		// given a region whose (made-up) 2031 notice makes Tuesday 2031-03-04 a rest day
		as(ALPHA, Role.ADMIN, post("/api/calendar/regions/{region}/days", ALPHA_REGION), """
				{"year": 2031, "noticeUrl": "测试政办发〔2031〕1号",
				 "days": [{"date": "2031-03-04", "name": "测试民族节日", "offDay": true}]}
				""").andExpect(status().isCreated());
		var admin = signIn(ALPHA, Role.ADMIN);

		// an unknown region is refused at the field, in Chinese, and changes nothing
		mvc.perform(post("/admin/region").with(csrf()).cookie(admin).param("regionCode", "NO-SUCH-REGION"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("没有这个地区的节假日安排")));
		as(ALPHA, Role.CLERK, get("/api/calendar/working-days?from=2031-03-03&add=1"), null)
			.andExpect(jsonPath("$.date").value("2031-03-04"));

		// when the administrator chooses it on the page, ALPHA counts on it: Monday + 1 working day is Wednesday
		mvc.perform(post("/admin/region").with(csrf()).cookie(admin).param("regionCode", ALPHA_REGION))
			.andExpect(status().is3xxRedirection());
		as(ALPHA, Role.CLERK, get("/api/calendar/working-days?from=2031-03-03&add=1"), null)
			.andExpect(jsonPath("$.date").value("2031-03-05"));
		mvc.perform(get("/admin").cookie(admin)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"<option value=\"" + ALPHA_REGION + "\" selected=\"selected\">")));

		// and the national calendar chosen again, Tuesday is a working day
		mvc.perform(post("/admin/region").with(csrf()).cookie(admin).param("regionCode", ""))
			.andExpect(status().is3xxRedirection());
		as(ALPHA, Role.CLERK, get("/api/calendar/working-days?from=2031-03-03&add=1"), null)
			.andExpect(jsonPath("$.date").value("2031-03-04"));
		// only an agency's administrator chooses
		mvc.perform(post("/admin/region").with(csrf()).cookie(signIn(ALPHA, Role.CLERK)).param("regionCode", ALPHA_REGION))
			.andExpect(status().isForbidden());
	}

	@Test
	void anotherAgencysAdministratorCannotAssignAlphaToARegion() throws Exception {
		// given a region BETA's administrator maintains, with a (made-up) rest day on Tuesday 2030-03-05
		as(BETA, Role.ADMIN, post("/api/calendar/regions/TEST-BETA-REGION/days"), """
				{"year": 2030, "noticeUrl": "测试政办发〔2030〕2号",
				 "days": [{"date": "2030-03-05", "name": "测试民族节日", "offDay": true}]}
				""")
			.andExpect(status().isCreated());

		// when BETA's administrator tries to put ALPHA on it
		as(BETA, Role.ADMIN, put("/api/calendar/regions/TEST-BETA-REGION/agencies/ALPHA"), null)
			// then it is refused and ALPHA's calendar is unchanged
			.andExpect(status().isForbidden());
		as(ALPHA, Role.CLERK, get("/api/calendar/working-days?from=2030-03-04&add=1"), null)
			.andExpect(jsonPath("$.date").value("2030-03-05"));
		// and ALPHA's administrator cannot change the days of BETA's region either
		as(ALPHA, Role.ADMIN, post("/api/calendar/regions/TEST-BETA-REGION/days"), """
				{"year": 2030, "noticeUrl": "测试政办发〔2030〕3号", "days": []}
				""")
			.andExpect(status().isForbidden());
	}

	@Test
	void assigningToAnUndefinedRegionIsNotFound() throws Exception {
		// given no region TEST-NOWHERE
		// when ALPHA's administrator assigns ALPHA to it
		// then it is not found, and a malformed region code is named
		as(ALPHA, Role.ADMIN, put("/api/calendar/regions/TEST-NOWHERE/agencies/ALPHA"), null)
			.andExpect(status().isNotFound());
		as(ALPHA, Role.ADMIN, post("/api/calendar/regions/bad code/days"), """
				{"year": 2030, "noticeUrl": "x", "days": []}
				""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("regionCode"));
	}

	@Test
	void aYearLoadedOnOneNodeTakesEffectOnAnotherAfterItsRefresh() throws Exception {
		// given another node on the same database, started before the load
		var otherNode = new OfficialCalendar(store);
		var otherNodesRefresh = new CalendarRefresh(store, otherNode);
		assertThat(otherNode.isPublished(2096)).isFalse();

		// when a (made-up) 2096 notice is loaded on this node
		as(ALPHA, Role.PLATFORM_ADMIN, post("/api/calendar/notices"), """
				{"year": 2096, "noticeUrl": "https://example.org/synthetic/2096",
				 "days": [{"date": "2096-01-02", "name": "元旦", "offDay": true}]}
				""")
			.andExpect(status().isCreated());

		// then the other node answers with the old data until its next check, and with the new data after it
		assertThat(otherNode.isWorkingDay(LocalDate.of(2096, 1, 2))).isTrue();
		assertThat(otherNodesRefresh.refreshIfChanged()).isTrue();
		assertThat(otherNode.isWorkingDay(LocalDate.of(2096, 1, 2))).isFalse();
		assertThat(otherNode.isPublished(2096)).isTrue();
		assertThat(otherNode.version()).isEqualTo(calendar.version());
		assertThat(otherNodesRefresh.refreshIfChanged()).isFalse();
	}

	@Test
	void aLoadWhoseTransactionRollsBackLeavesNeitherDatabaseNorMemoryChanged() {
		// given a (made-up) 2097 notice
		var notice = new NoticeForm(2097, List.of("https://example.org/synthetic/2097"), null,
				List.of(new NoticeForm.ListedDay(LocalDate.of(2097, 1, 1), "元旦", true)));
		long version = store.version();

		// when it is loaded in a transaction that then rolls back (as when a listener of CalendarChanged fails)
		transactions.executeWithoutResult(status -> {
			management.loadNotice(notice, Agencies.user(ALPHA, Role.PLATFORM_ADMIN));
			assertThat(calendar.isPublished(2097)).isTrue();
			status.setRollbackOnly();
		});

		// then the year is unpublished again in memory and in the database
		assertThat(calendar.isPublished(2097)).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2097, 1, 1))).isTrue();
		assertThat(store.version()).isEqualTo(version);
		assertThat(store.read().notices()).doesNotContainKey(2097);
	}

	private int changeCount() {
		return jdbc.queryForObject("select count(*) from calendar_change", Integer.class);
	}

	private jakarta.servlet.http.Cookie signIn(String agency, Role role) throws Exception {
		return mvc.perform(post("/login").with(csrf()).param("username", username(agency, role))
				.param("password", PASSWORD)).andExpect(status().is3xxRedirection()).andReturn()
				.getResponse().getCookie("SESSION");
	}

	private ResultActions as(String agency, Role role, MockHttpServletRequestBuilder request, String json)
			throws Exception {
		request.with(httpBasic(username(agency, role), PASSWORD));
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return mvc.perform(request);
	}
}
