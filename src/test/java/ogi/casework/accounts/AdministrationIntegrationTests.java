package ogi.casework.accounts;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.BETA;
import static ogi.casework.support.Agencies.PASSWORD;
import static ogi.casework.support.Agencies.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ogi.casework.calendar.OfficialCalendar;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/**
 * Two levels of administration (issue #14): platform administrators own what every agency shares, an agency's
 * administrators their own users; accounts can be disabled, re-roled and reset; sign-in is throttled; every act is in
 * the administration audit trail.
 */
@CaseworkIntegrationTest
class AdministrationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OfficialCalendar calendar;

	@BeforeEach
	void itIsFridayMorning() {
		clock.setTo(LocalDate.of(2026, 11, 20));
	}

	@Test
	void theSecondAgencysAdministratorIsRefusedOnTheNationalCalendar() throws Exception {
		// given the national calendar as it stands
		int changes = count("calendar_change");
		int notices = count("calendar_notice");
		int days = count("calendar_notice_day");
		boolean wasPublished = calendar.isPublished(2098);

		// when BETA's (agency) administrator loads a national notice that would make a Monday a rest day for everyone
		as(BETA, Role.ADMIN, post("/api/calendar/notices"), """
				{"year": 2098, "noticeUrl": "https://example.org/synthetic/2098",
				 "days": [{"date": "2098-01-06", "name": "假节日", "offDay": true}]}""")
			// then it is refused with a problem detail
			.andExpect(status().isForbidden())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
			.andExpect(jsonPath("$.status").value(403))
			.andExpect(jsonPath("$.type").value("/problems/forbidden"));

		// and nothing changed
		assertThat(count("calendar_change")).isEqualTo(changes);
		assertThat(count("calendar_notice")).isEqualTo(notices);
		assertThat(count("calendar_notice_day")).isEqualTo(days);
		assertThat(calendar.isPublished(2098)).isEqualTo(wasPublished);
		// while a platform administrator may
		as(BETA, Role.PLATFORM_ADMIN, post("/api/calendar/notices"), """
				{"year": 2098, "noticeUrl": "https://example.org/synthetic/2098",
				 "days": [{"date": "2098-01-06", "name": "假节日", "offDay": true}]}""")
			.andExpect(status().isCreated());
		as(ALPHA, Role.ADMIN, get("/api/admin/audit"), null)
			.andExpect(jsonPath("$[*].action").value(not(hasItem("NATIONAL_NOTICE_LOADED"))));
		as(ALPHA, Role.PLATFORM_ADMIN, get("/api/admin/audit?limit=5"), null)
			.andExpect(jsonPath("$[0].action").value("NATIONAL_NOTICE_LOADED"))
			.andExpect(jsonPath("$[0].actor").value(username(BETA, Role.PLATFORM_ADMIN)))
			.andExpect(jsonPath("$[0].subject").value("2098"));
	}

	@Test
	void aPlatformAdministratorAddsAnAgencyWithItsFirstAdministratorWhoThenAddsUsers() throws Exception {
		as(ALPHA, Role.ADMIN, post("/api/agencies"), agency("DELTA", "delta-admin", "Delta-Admin-1"))
			.andExpect(status().isForbidden());

		as(ALPHA, Role.PLATFORM_ADMIN, post("/api/agencies"), agency("DELTA", "delta-admin", "Delta-Admin-1"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value("DELTA"));
		mvc.perform(post("/api/users").with(httpBasic("delta-admin", "Delta-Admin-1"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"username": "delta-clerk", "password": "Delta-Clerk-1", "displayName": "丁区登记员",
						 "roles": ["CLERK"]}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.agencyCode").value("DELTA"))
			.andExpect(jsonPath("$.roles[0]").value("CLERK"));

		// every agency for the platform administrator, only one's own for everyone else
		as(ALPHA, Role.PLATFORM_ADMIN, get("/api/agencies"), null)
			.andExpect(jsonPath("$[*].code").value(hasItem("DELTA")))
			.andExpect(jsonPath("$[*].code").value(hasItem(BETA)));
		mvc.perform(get("/api/agencies").with(httpBasic("delta-clerk", "Delta-Clerk-1")))
			.andExpect(jsonPath("$[*].code").value(containsInAnyOrder("DELTA")));
		// the platform administrator sees agencies' administrators, an agency administrator their agency's users
		as(ALPHA, Role.PLATFORM_ADMIN, get("/api/users"), null)
			.andExpect(jsonPath("$[*].username").value(hasItem("delta-admin")))
			.andExpect(jsonPath("$[*].username").value(not(hasItem("delta-clerk"))));
		as(ALPHA, Role.ADMIN, get("/api/users"), null)
			.andExpect(jsonPath("$[*].username").value(hasItem(username(ALPHA, Role.CLERK))))
			.andExpect(jsonPath("$[*].username").value(not(hasItem(username(BETA, Role.CLERK)))))
			.andExpect(jsonPath("$[*].username").value(not(hasItem(username(ALPHA, Role.PLATFORM_ADMIN)))));
		// and each act is audited with who, when, what and which agency
		mvc.perform(get("/api/admin/audit").with(httpBasic("delta-admin", "Delta-Admin-1")))
			.andExpect(jsonPath("$[?(@.action == 'AGENCY_CREATED')].subject").value(hasItem("DELTA")))
			.andExpect(jsonPath("$[?(@.action == 'USER_CREATED' && @.subject == 'delta-clerk')].actor")
				.value(hasItem("delta-admin")))
			.andExpect(jsonPath("$[?(@.action == 'USER_CREATED' && @.subject == 'delta-admin')].actor")
				.value(hasItem(username(ALPHA, Role.PLATFORM_ADMIN))))
			.andExpect(jsonPath("$[*].agencyCode").value(not(hasItem(ALPHA))));
	}

	@Test
	void passwordsFollowTheRulesAndAreNeverTheUserName() throws Exception {
		for (String[] weak : new String[][] { { "Short1!", "length" }, { "alllowercase", "characterClasses" },
				{ "alpha-Newbie1", "notUsername" }, { "12345678", "characterClasses" } }) {
			as(ALPHA, Role.ADMIN, post("/api/users"), """
					{"username": "alpha-newbie1", "password": "%s", "displayName": "新人", "roles": ["CLERK"]}"""
				.formatted(weak[0]))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[?(@.field == 'password')].rule").value(hasItem(weak[1])));
		}
		assertThat(jdbc.queryForObject("select count(*) from accounts_user where username = 'alpha-newbie1'",
				Integer.class)).isZero();
	}

	@Test
	void anAgencyAdministratorDisablesReRolesAndResetsTheirUsersOnly() throws Exception {
		as(ALPHA, Role.ADMIN, post("/api/users"), """
				{"username": "alpha-qian", "password": "Qian-secret-1", "displayName": "钱七", "roles": ["CLERK"]}""")
			.andExpect(status().isCreated());
		user("alpha-qian", "Qian-secret-1", get("/api/tasks")).andExpect(status().isOk());

		// another agency's administrator does not even find the user
		as(BETA, Role.ADMIN, put("/api/users/alpha-qian/status"), "{\"enabled\": false}")
			.andExpect(status().isNotFound());
		// a clerk may not
		as(ALPHA, Role.CLERK, put("/api/users/alpha-qian/status"), "{\"enabled\": false}")
			.andExpect(status().isForbidden());

		as(ALPHA, Role.ADMIN, put("/api/users/alpha-qian/roles"), "{\"roles\": [\"HANDLER\", \"REVIEWER\"]}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles").value(containsInAnyOrder("HANDLER", "REVIEWER")));
		user("alpha-qian", "Qian-secret-1", post("/api/applications").contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isForbidden());

		as(ALPHA, Role.ADMIN, put("/api/users/alpha-qian/status"), "{\"enabled\": false}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false));
		user("alpha-qian", "Qian-secret-1", get("/api/tasks")).andExpect(status().isUnauthorized());

		as(ALPHA, Role.ADMIN, put("/api/users/alpha-qian/status"), "{\"enabled\": true}").andExpect(status().isOk());
		as(ALPHA, Role.ADMIN, put("/api/users/alpha-qian/password"), "{\"password\": \"Qian-new-secret-2\"}")
			.andExpect(status().isOk());
		user("alpha-qian", "Qian-secret-1", get("/api/tasks")).andExpect(status().isUnauthorized());
		user("alpha-qian", "Qian-new-secret-2", get("/api/tasks")).andExpect(status().isOk());

		// administrators cannot lock themselves out
		as(ALPHA, Role.ADMIN, put("/api/users/" + username(ALPHA, Role.ADMIN) + "/status"), "{\"enabled\": false}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("notSelf"));
		as(ALPHA, Role.ADMIN, put("/api/users/" + username(ALPHA, Role.ADMIN) + "/roles"), "{\"roles\": [\"CLERK\"]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("keepOwnAdministration"));
		// nor give the platform role
		as(ALPHA, Role.ADMIN, put("/api/users/alpha-qian/roles"), "{\"roles\": [\"PLATFORM_ADMIN\"]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("agencyRoles"));

		as(ALPHA, Role.ADMIN, get("/api/admin/audit"), null)
			.andExpect(jsonPath("$[?(@.subject == 'alpha-qian' && @.actor == 'alpha-admin')].action").value(containsInAnyOrder("USER_CREATED",
					"ROLES_CHANGED", "USER_DISABLED", "USER_ENABLED", "PASSWORD_RESET")))
			.andExpect(jsonPath("$[?(@.subject == 'alpha-qian' && @.action == 'USER_DISABLED')].actor")
				.value(hasItem(username(ALPHA, Role.ADMIN))));
		as(BETA, Role.ADMIN, get("/api/admin/audit"), null)
			.andExpect(jsonPath("$[*].subject").value(not(hasItem("alpha-qian"))));
	}

	@Test
	void repeatedWrongPasswordsLockTheUserNameUntilTheWindowEnds() throws Exception {
		as(ALPHA, Role.ADMIN, post("/api/users"), """
				{"username": "alpha-sun", "password": "Sun-secret-1", "displayName": "孙八", "roles": ["CLERK"]}""")
			.andExpect(status().isCreated());

		for (int i = 0; i < 5; i++) {
			user("alpha-sun", "wrong-" + i, get("/api/tasks")).andExpect(status().isUnauthorized());
		}

		// then even the right password is refused, unchecked, with Retry-After
		user("alpha-sun", "Sun-secret-1", get("/api/tasks"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.rule").value("signInThrottle"));
		// and the page sign-in says so
		mvc.perform(post("/login").with(org.springframework.security.test.web.servlet.request
				.SecurityMockMvcRequestPostProcessors.csrf()).param("username", "alpha-sun").param("password", "Sun-secret-1"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login?locked"));
		as(ALPHA, Role.ADMIN, get("/api/admin/audit"), null)
			.andExpect(jsonPath("$[?(@.subject == 'alpha-sun' && @.action == 'SIGN_IN_FAILED')].detail")
				.value(hasItem(org.hamcrest.Matchers.containsString("127.0.0.1"))))
			.andExpect(jsonPath("$[?(@.subject == 'alpha-sun')].action").value(hasItem("SIGN_IN_LOCKED")));

		// when the 15-minute window has passed, the right password works again
		clock.advance(Duration.ofMinutes(16));
		user("alpha-sun", "Sun-secret-1", get("/api/tasks")).andExpect(status().isOk());
	}

	@Test
	void anAddressWithTooManyFailuresIsRefusedWhateverTheUserName() throws Exception {
		for (int i = 0; i < 30; i++) {
			mvc.perform(get("/api/tasks").with(httpBasic("nobody-" + i, "wrong")).with(from("192.0.2.7")))
				.andExpect(status().isUnauthorized());
		}

		mvc.perform(get("/api/tasks").with(httpBasic(username(ALPHA, Role.CLERK), PASSWORD)).with(from("192.0.2.7")))
			.andExpect(status().isTooManyRequests());
		mvc.perform(get("/api/tasks").with(httpBasic(username(ALPHA, Role.CLERK), PASSWORD)).with(from("192.0.2.8")))
			.andExpect(status().isOk());
	}

	@Test
	void httpsResponsesCarryStrictTransportSecurity() throws Exception {
		mvc.perform(get("/api/tasks").secure(true).with(httpBasic(username(ALPHA, Role.CLERK), PASSWORD)))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
		mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private int count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	private static String agency(String code, String admin, String password) {
		return """
				{"code": "%s", "name": "%s 区人民政府办公室",
				 "administrator": {"username": "%s", "password": "%s", "displayName": "%s 管理员"}}"""
			.formatted(code, code, admin, password, code);
	}

	private ResultActions user(String username, String password, MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.with(httpBasic(username, password)));
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
