package ogi.casework.calendar;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.shared.ApiProblems;

/** The calendar REST API on a standalone MockMvc, without an application context. */
class CalendarControllerTests {

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		var clerk = new CurrentUser("clerk", "Clerk", "ALPHA", Set.of(Role.CLERK));
		this.mvc = MockMvcBuilders.standaloneSetup(new CalendarController(new OfficialCalendar()))
			.setCustomArgumentResolvers(signedIn(clerk))
			.setControllerAdvice(new ApiProblems())
			.build();
	}

	/** Stands in for the security context: every request is made by {@code user}. */
	private static HandlerMethodArgumentResolver signedIn(CurrentUser user) {
		return new HandlerMethodArgumentResolver() {
			@Override
			public boolean supportsParameter(MethodParameter parameter) {
				return parameter.getParameterType().equals(CurrentUser.class);
			}

			@Override
			public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
					NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
				return user;
			}
		};
	}

	@Test
	void answersTheNthWorkingDay() throws Exception {
		// given the spec's example receipt date
		// when asking for 20 working days
		// then the answer echoes the question with the due date
		this.mvc.perform(get("/api/calendar/working-days").param("from", "2025-09-22").param("add", "20"))
			.andExpect(status().isOk())
			.andExpect(content().json("""
					{"from":"2025-09-22","add":20,"date":"2025-10-24","provisional":false}
					""", org.springframework.test.json.JsonCompareMode.STRICT));
	}

	@Test
	void marksAnAnswerIn2027Provisional() throws Exception {
		// given a period running into the unpublished 2027
		// when asking
		// then the answer is provisional
		this.mvc.perform(get("/api/calendar/working-days").param("from", "2026-12-15").param("add", "20"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2027-01-12"))
			.andExpect(jsonPath("$.provisional").value(true));
	}

	@Test
	void listsDaysWithTheirReasons() throws Exception {
		// given the first days of the 2025 Spring Festival period
		// when listing Saturday 01-25 to Tuesday 01-28
		// then each day has its status, kind and holiday
		this.mvc.perform(get("/api/calendar/days").param("from", "2025-01-25").param("to", "2025-01-28"))
			.andExpect(status().isOk())
			.andExpect(content().json("""
					[
					 {"date":"2025-01-25","workingDay":false,"kind":"WEEKEND","holidayName":null,"provisional":false},
					 {"date":"2025-01-26","workingDay":true,"kind":"ADJUSTED_WORKDAY","holidayName":"春节","provisional":false},
					 {"date":"2025-01-27","workingDay":true,"kind":"WORKDAY","holidayName":null,"provisional":false},
					 {"date":"2025-01-28","workingDay":false,"kind":"HOLIDAY","holidayName":"春节","provisional":false}
					]
					""", org.springframework.test.json.JsonCompareMode.STRICT));
	}

	@Test
	void rejectsAnAddOutsideOneTo366() throws Exception {
		// given add values outside 1..366
		// when asking
		// then the request is rejected, naming the parameter and the rule
		for (String add : new String[] { "0", "-1", "367" }) {
			this.mvc.perform(get("/api/calendar/working-days").param("from", "2025-09-22").param("add", add))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("add"))
				.andExpect(jsonPath("$.errors[0].rule").value("range"))
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("add must be between 1 and 366")));
		}
	}

	@Test
	void rejectsAToBeforeFrom() throws Exception {
		// given to before from
		// when listing days
		// then the request is rejected
		this.mvc.perform(get("/api/calendar/days").param("from", "2025-10-02").param("to", "2025-10-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"))
			.andExpect(jsonPath("$.errors[0].rule").value("notBeforeFrom"));
	}

	@Test
	void rejectsARangeOfMoreThan366Days() throws Exception {
		// given a range of 367 days
		// when listing days
		// then the request is rejected; 366 days are accepted
		this.mvc.perform(get("/api/calendar/days").param("from", "2025-01-01").param("to", "2026-01-02"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("at most 366 days")));
		this.mvc.perform(get("/api/calendar/days").param("from", "2024-01-01").param("to", "2024-12-31"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(366));
	}
}
