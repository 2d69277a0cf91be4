package ogi.casework.shared;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.BETA;
import static ogi.casework.support.Agencies.PASSWORD;
import static ogi.casework.support.Agencies.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.jayway.jsonpath.JsonPath;

import ogi.casework.accounts.Role;
import ogi.casework.casework.Registering;
import ogi.casework.casework.Forms;
import ogi.casework.support.Agencies;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/**
 * The catalogue of bad requests (issue #14): malformed JSON, wrong types, missing, unknown and repeated fields,
 * oversized bodies, implausible dates, out-of-range numbers, injection-looking strings, wrong roles, other agencies'
 * case numbers, control characters and URI templates in paths. Each gets a 4xx — never a 5xx — with a problem detail
 * naming the field and the rule where there is one, and changes not a single row of any table of the schema.
 */
@CaseworkIntegrationTest
class BadRequestCatalogueIntegrationTests {

	static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

	/** Placeholders in paths and bodies, filled with the fixture's case numbers and matter id. */
	static final String ALPHA_CASE = "{alphaCase}";

	static final String BETA_CASE = "{betaCase}";

	static final String MATTER = "{matter}";

	static final String CASE = "/api/cases/" + ALPHA_CASE;

	static final String APPLICATION = ApplicationFixtures.anApplicationJson(FRIDAY);

	static final String MORE_THAN_ONE_MEGABYTE = "{\"reason\": \"" + "x".repeat(1_100_000) + "\"}";

	static String alphaCase;

	static String betaCase;

	static String matter;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	Registering cases;

	@Autowired
	ogi.casework.litigation.LitigationManagement litigation;

	@BeforeEach
	void aCaseOfEachAgencyAndAMatter() {
		clock.setTo(FRIDAY);
		if (alphaCase == null) {
			alphaCase = cases.open(ApplicationFixtures.anApplication(FRIDAY), Agencies.user(ALPHA, Role.CLERK))
				.caseNumber();
			cases.register(alphaCase, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null),
					Agencies.user(ALPHA, Role.CLERK));
			betaCase = cases.open(ApplicationFixtures.anApplication(FRIDAY), Agencies.user(BETA, Role.CLERK))
				.caseNumber();
			matter = String.valueOf(litigation.register(new ogi.casework.litigation.MatterForms.Registration(
					ogi.casework.litigation.MatterKind.RECONSIDERATION, "某某区人民政府", "某复〔2026〕99号", FRIDAY, null,
					List.of(alphaCase), null), Agencies.user(ALPHA, Role.LEGAL)).matter().id());
		}
	}

	/** One bad request and what must come back. */
	record Bad(String name, HttpMethod method, String path, String agency, Role role, String body, String contentType,
			int status, String field, String rule) {

		@Override
		public String toString() {
			return name;
		}
	}

	static Stream<Bad> catalogue() {
		List<Bad> all = new ArrayList<>();
		malformedJson(all);
		wrongTypes(all);
		missingFields(all);
		unknownFields(all);
		duplicateKeys(all);
		badDates(all);
		outOfRangeNumbers(all);
		oversized(all);
		tooLongTexts(all);
		injectionLooking(all);
		wrongRoles(all);
		otherAgencysCases(all);
		hostilePaths(all);
		unauthenticatedAndWrongProtocol(all);
		return all.stream();
	}

	@Test
	void theCatalogueHoldsAtLeastOneHundredAndFiftyBadRequests() {
		assertThat(catalogue().count()).isGreaterThanOrEqualTo(150);
		assertThat(catalogue().map(Bad::name).distinct().count()).isEqualTo(catalogue().count());
	}

	/**
	 * The search box sends what it cannot find to the register; hostile text travels percent-encoded in the one
	 * Location header and never becomes a header, a path or a template of its own.
	 */
	@Test
	void carriesHostileSearchTextEncodedIntoTheRegister() throws Exception {
		for (String hostile : List.of("A%0D%0ALocation:%20http://evil", "%7Bx%7D")) {
			var search = request(pageGet("search " + hostile, "/cases?caseNumber=" + hostile, 302));
			Map<String, Long> before = rowCounts();
			var response = mvc.perform(search)
				.andReturn()
				.getResponse();

			assertThat(response.getStatus()).as(hostile).isEqualTo(302);
			assertThat(response.getHeaders("Location")).as(hostile).hasSize(1);
			String location = response.getHeader("Location");
			assertThat(location).as(hostile).startsWith("/register?").doesNotContain("\r", "\n", "{", "}");
			assertThat(rowCounts()).as(hostile).isEqualTo(before);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("catalogue")
	void answersABadRequestWithA4xxThatNamesTheRuleAndChangesNothing(Bad bad) throws Exception {
		MockHttpServletRequestBuilder request = request(bad);
		Map<String, Long> before = rowCounts();

		MvcResult result = mvc.perform(request).andReturn();

		int status = result.getResponse().getStatus();
		String body = result.getResponse().getContentAsString();
		assertThat(status).as(bad.name() + ": " + body).isEqualTo(bad.status());
		if (bad.status() != 404 || bad.path().startsWith("/api/")) {
			assertThat(result.getResponse().getContentType()).as(bad.name() + " content type")
				.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			assertThat((Integer) JsonPath.read(body, "$.status")).isEqualTo(bad.status());
		}
		if (bad.field() != null) {
			List<String> fields = JsonPath.read(body, "$.errors[*].field");
			assertThat(fields).as(bad.name() + ": " + body).contains(bad.field());
		}
		if (bad.rule() != null) {
			List<String> rules = JsonPath.read(body, "$.errors[*].rule");
			assertThat(rules).as(bad.name() + ": " + body).contains(bad.rule());
		}
		assertThat(body).doesNotContain("Exception").doesNotContain("\tat ");
		assertThat(rowCounts()).as(bad.name() + ": row counts").isEqualTo(before);
	}

	// ---------------------------------------------------------------------------------------------------- the cases

	static void malformedJson(List<Bad> all) {
		String[][] endpoints = { { "/api/applications", "CLERK" }, { CASE + "/registration", "CLERK" },
				{ CASE + "/supplements", "CLERK" }, { CASE + "/search-records", "HANDLER" },
				{ CASE + "/consultations", "HANDLER" }, { CASE + "/reply-drafts", "HANDLER" },
				{ CASE + "/reply-reviews", "REVIEWER" }, { CASE + "/sign-offs", "HEAD" },
				{ CASE + "/deliveries", "CLERK" }, { CASE + "/extension-requests", "HANDLER" },
				{ CASE + "/fee-notices", "HANDLER" }, { "/api/matters", "LEGAL" },
				{ "/api/matters/" + MATTER + "/hearings", "LEGAL" }, { "/api/users", "ADMIN" },
				{ "/api/calendar/notices", "PLATFORM_ADMIN" } };
		String[] bodies = { "{not json", "{\"a\": ", "{} trailing", "" };
		for (String[] endpoint : endpoints) {
			for (int i = 0; i < bodies.length; i++) {
				if (i >= 2 && !endpoint[0].equals("/api/applications") && !endpoint[0].endsWith("/registration")) {
					continue;
				}
				all.add(post("malformed JSON #" + i + " to " + endpoint[0], endpoint[0], Role.valueOf(endpoint[1]),
						bodies[i], 400, null, null));
			}
		}
		all.add(post("a JSON array instead of an object", CASE + "/reply-reviews", Role.REVIEWER, "[]", 400, null, null));
		all.add(post("a JSON string instead of an object", CASE + "/reply-reviews", Role.REVIEWER, "\"APPROVE\"", 400,
				null, null));
	}

	static void wrongTypes(List<Bad> all) {
		all.add(post("a number for an enum", CASE + "/reply-reviews", Role.REVIEWER, "{\"verdict\": 1}", 400, "verdict",
				null));
		all.add(post("an unknown enum code", CASE + "/reply-reviews", Role.REVIEWER, "{\"verdict\": \"MAYBE\"}", 400,
				"verdict", null));
		all.add(post("an object for a text", CASE + "/reply-reviews", Role.REVIEWER,
				"{\"verdict\": \"RETURN\", \"reason\": {\"x\": 1}}", 400, "reason", null));
		all.add(post("a text for a boolean", CASE + "/search-records", Role.HANDLER,
				"{\"searchedOn\": \"2026-11-20\", \"sourcesSearched\": \"档案\", \"keywords\": \"k\", \"found\": \"perhaps\"}",
				400, "found", null));
		all.add(post("a text for a number", CASE + "/extension-requests", Role.HANDLER,
				"{\"kind\": \"EXTENSION\", \"workingDays\": \"twenty\", \"reason\": \"r\"}", 400, "workingDays", null));
		all.add(post("a fraction for a whole number", CASE + "/extension-requests", Role.HANDLER,
				"{\"kind\": \"EXTENSION\", \"workingDays\": 2.5, \"reason\": \"r\"}", 400, "workingDays", null));
		all.add(post("a list for a date", CASE + "/supplements", Role.CLERK, "{\"receivedOn\": [2026, 11, 20]}", 400,
				"receivedOn", null));
		all.add(post("a text for a list", CASE + "/deliberations", Role.HANDLER,
				"{\"topic\": \"t\", \"participants\": \"alpha-head\"}", 400, "participants", null));
		all.add(post("a number for the applicant", "/api/applications", Role.CLERK,
				APPLICATION.replaceFirst("\"applicant\": \\{[^}]*\\}", "\"applicant\": 42"), 400, "applicant", null));
		all.add(post("an unknown channel", "/api/applications", Role.CLERK,
				APPLICATION.replace("\"IN_PERSON\"", "\"CARRIER_PIGEON\""), 400, "channel", null));
		all.add(post("an unknown id document type", "/api/applications", Role.CLERK,
				APPLICATION.replace("\"RESIDENT_ID_CARD\"", "\"LIBRARY_CARD\""), 400, "applicant.idDocumentType", null));
		all.add(post("null for a matter kind list", "/api/matters", Role.LEGAL,
				"{\"kind\": \"RECONSIDERATION\", \"caseNumbers\": 5}", 400, "caseNumbers", null));
		all.add(put("a text for enabled", "/api/users/" + username(ALPHA, Role.CLERK) + "/status", Role.ADMIN,
				"{\"enabled\": \"nope\"}", 400, "enabled", null));
		all.add(put("an unknown role", "/api/users/" + username(ALPHA, Role.CLERK) + "/roles", Role.ADMIN,
				"{\"roles\": [\"KING\"]}", 400, "roles[0]", null));
		all.add(post("a wrong type in the calendar notice", "/api/calendar/notices", Role.PLATFORM_ADMIN,
				"{\"year\": \"next\", \"days\": []}", 400, "year", null));
		all.add(get("a text for a page number", "/api/tasks?page=first", Role.CLERK, 400, "page", "format"));
		all.add(get("a text for working days to add", "/api/calendar/working-days?from=2026-11-20&add=x", Role.CLERK,
				400, "add", "format"));
		all.add(get("an unknown remedy period", "/api/remedy-periods/T99?from=2026-11-20", Role.CLERK, 400, "period",
				"format"));
		all.add(get("an unknown risk level", "/api/risks?level=EXTREME", Role.LEGAL, 400, "level", "format"));
		all.add(get("a text for a matter id", "/api/matters/abc", Role.LEGAL, 400, "id", "format"));
	}

	static void missingFields(List<Bad> all) {
		all.add(post("an empty application", "/api/applications", Role.CLERK, "{}", 400, "applicant", "NotNull"));
		all.add(post("an application without the requested information", "/api/applications", Role.CLERK,
				APPLICATION.replace("\"requestedInformation\": \"2025年本区道路维修资金的使用情况\",", ""), 400,
				"requestedInformation", "NotBlank"));
		all.add(post("an applicant without a name", "/api/applications", Role.CLERK,
				APPLICATION.replace("\"name\": \"张三\",", ""), 400, "applicant.name", "NotBlank"));
		all.add(post("a registration without a decision", CASE + "/registration", Role.CLERK, "{}", 400, "decision",
				"NotNull"));
		all.add(post("a supplement without its date", CASE + "/supplements", Role.CLERK, "{}", 400, "receivedOn",
				"NotNull"));
		all.add(post("a search record without keywords", CASE + "/search-records", Role.HANDLER,
				"{\"searchedOn\": \"2026-11-20\", \"sourcesSearched\": \"档案\", \"found\": true}", 400, "keywords",
				"NotBlank"));
		all.add(post("a consultation without a party", CASE + "/consultations", Role.HANDLER,
				"{\"kind\": \"THIRD_PARTY\", \"question\": \"q\", \"sentOn\": \"2026-11-20\"}", 400, "party", "NotBlank"));
		all.add(post("a draft without an outcome", CASE + "/reply-drafts", Role.HANDLER, "{}", 400, "outcome",
				"NotNull"));
		all.add(post("a review without a verdict", CASE + "/reply-reviews", Role.REVIEWER, "{}", 400, "verdict",
				"NotNull"));
		all.add(post("a legal review without a verdict", CASE + "/legal-reviews", Role.LEGAL, "{}", 400, "verdict",
				"NotNull"));
		all.add(post("a sign-off without a verdict", CASE + "/sign-offs", Role.HEAD, "{}", 400, "verdict", "NotNull"));
		all.add(post("a delivery without a method", CASE + "/deliveries", Role.CLERK,
				"{\"deliveredOn\": \"2026-11-20\"}", 400, "method", "NotNull"));
		all.add(post("an extension request without a reason", CASE + "/extension-requests", Role.HANDLER,
				"{\"kind\": \"EXTENSION\", \"workingDays\": 10}", 400, "reason", "NotBlank"));
		all.add(post("an extension decision without a verdict", CASE + "/extension-decisions", Role.HEAD, "{}", 400,
				"verdict", "NotNull"));
		all.add(post("a fee notice without a quantity", CASE + "/fee-notices", Role.HANDLER,
				"{\"method\": \"PER_ITEM\", \"noticedOn\": \"2026-11-20\", \"receivedOn\": \"2026-11-20\"}", 400,
				"quantity", "NotNull"));
		all.add(post("a fee payment without its date", CASE + "/fee-payments", Role.CLERK, "{}", 400, "paidOn",
				"NotNull"));
		all.add(post("a deliberation without participants", CASE + "/deliberations", Role.HANDLER,
				"{\"topic\": \"t\", \"participants\": []}", 400, "participants", "NotEmpty"));
		all.add(post("an opinion without text", CASE + "/deliberation-opinions", Role.HEAD, "{}", 400, "opinion",
				"NotBlank"));
		all.add(post("an overdue supervision without a note", CASE + "/overdue-supervisions", Role.HEAD, "{}", 400,
				"note", "NotBlank"));
		all.add(post("an assistance request without a department", CASE + "/assistance-requests", Role.HANDLER,
				"{\"request\": \"r\", \"askedOn\": \"2026-11-20\", \"dueOn\": \"2026-11-27\"}", 400, "department",
				"NotBlank"));
		all.add(post("an Art. 35 inquiry without the volume", CASE + "/art35-inquiries", Role.HANDLER,
				"{\"askedOn\": \"2026-11-20\"}", 400, "volume", "NotBlank"));
		all.add(post("a notice delivery without its reference", CASE + "/notice-deliveries", Role.CLERK,
				"{\"notice\": \"SUPPLEMENT_NOTICE\", \"method\": \"POST\", \"deliveredOn\": \"2026-11-20\"}", 400,
				"reference", "NotNull"));
		all.add(post("a review decision without its decision", "/api/publication-reviews/1/items/1/decision",
				Role.LEGAL, "{\"reason\": \"x\"}", 400, "decision", "NotNull"));
		all.add(post("a hearing without a date", "/api/matters/" + MATTER + "/hearings", Role.LEGAL, "{}", 400,
				"heldOn", "required"));
		all.add(post("a filing without a kind", "/api/matters/" + MATTER + "/filings", Role.LEGAL,
				"{\"filedOn\": \"2026-11-20\"}", 400, "kind", "required"));
		all.add(post("a user without a password", "/api/users", Role.ADMIN,
				"{\"username\": \"alpha-nopass\", \"displayName\": \"x\", \"roles\": [\"CLERK\"]}", 400, "password",
				"required"));
		all.add(put("a status without enabled", "/api/users/" + username(ALPHA, Role.CLERK) + "/status", Role.ADMIN,
				"{}", 400, "enabled", "required"));
		all.add(post("an agency without its administrator", "/api/agencies", Role.PLATFORM_ADMIN,
				"{\"code\": \"EPSILON\", \"name\": \"戊区\"}", 400, "administrator", "required"));
		all.add(get("working days without from", "/api/calendar/working-days?add=5", Role.CLERK, 400, "from",
				"required"));
	}

	static void unknownFields(List<Bad> all) {
		all.add(post("cases smuggled into a review decision", "/api/publication-reviews/1/items/1/decision", Role.LEGAL,
				"{\"decision\": \"KEEP\", \"reason\": \"x\", \"caseNumbers\": [\"BETA-2026-000001\"]}", 400,
				"caseNumbers", "unknown"));
		all.add(post("a receipt date smuggled into a confirmation", CASE + "/confirmation", Role.CLERK,
				"{\"receiptDate\": \"2026-11-01\"}", 400, "receiptDate", "unknown"));
		all.add(post("an unknown field in a review", CASE + "/reply-reviews", Role.REVIEWER,
				"{\"verdict\": \"APPROVE\", \"approvedBy\": \"someone-else\"}", 400, "approvedBy", "unknown"));
		all.add(post("an unknown field in the applicant", "/api/applications", Role.CLERK,
				APPLICATION.replace("\"name\": \"张三\",", "\"name\": \"张三\", \"nickname\": \"小张\","), 400,
				"applicant.nickname", "unknown"));
		all.add(post("a status smuggled into a registration", CASE + "/registration", Role.CLERK,
				"{\"decision\": \"ACCEPT\", \"status\": \"ARCHIVED\"}", 400, "status", "unknown"));
		all.add(post("an agency code smuggled into a draft", CASE + "/reply-drafts", Role.HANDLER,
				"{\"outcome\": \"DISCLOSE\", \"agencyCode\": \"BETA\"}", 400, "agencyCode", "unknown"));
		all.add(post("an unknown field in a delivery", CASE + "/deliveries", Role.CLERK,
				"{\"method\": \"POST\", \"deliveredOn\": \"2026-11-20\", \"signedBy\": \"x\"}", 400, "signedBy", "unknown"));
		all.add(post("an unknown field in a hearing", "/api/matters/" + MATTER + "/hearings", Role.LEGAL,
				"{\"heldOn\": \"2026-12-01\", \"judge\": \"x\"}", 400, "judge", "unknown"));
		all.add(post("an unknown field in a new user", "/api/users", Role.ADMIN,
				"{\"username\": \"alpha-x\", \"password\": \"Aa-12345678\", \"displayName\": \"x\", \"roles\": [\"CLERK\"], \"agencyCode\": \"BETA\"}",
				400, "agencyCode", "unknown"));
		all.add(post("an unknown field in a calendar notice day", "/api/calendar/notices", Role.PLATFORM_ADMIN,
				"{\"year\": 2097, \"noticeUrl\": \"https://example.org/n\", \"days\": [{\"date\": \"2097-01-01\", \"name\": \"元旦\", \"offDay\": true, \"hours\": 8}]}",
				400, "days[0].hours", "unknown"));
		all.add(post("an unknown field in a supplement", CASE + "/supplements", Role.CLERK,
				"{\"receivedOn\": \"2026-11-20\", \"restartClock\": false}", 400, "restartClock", "unknown"));
		all.add(post("an unknown field in a search record", CASE + "/search-records", Role.HANDLER,
				"{\"searchedOn\": \"2026-11-20\", \"sourcesSearched\": \"s\", \"keywords\": \"k\", \"found\": true, \"complete\": true}",
				400, "complete", "unknown"));
	}

	static void duplicateKeys(List<Bad> all) {
		all.add(post("a verdict given twice", CASE + "/reply-reviews", Role.REVIEWER,
				"{\"verdict\": \"RETURN\", \"verdict\": \"APPROVE\"}", 400, "verdict", "duplicate"));
		all.add(post("a decision given twice", CASE + "/registration", Role.CLERK,
				"{\"decision\": \"ACCEPT\", \"decision\": \"ON_THE_SPOT\"}", 400, "decision", "duplicate"));
		all.add(post("an outcome given twice", CASE + "/reply-drafts", Role.HANDLER,
				"{\"outcome\": \"DENY\", \"outcome\": \"DISCLOSE\"}", 400, "outcome", "duplicate"));
		all.add(post("an id number given twice", "/api/applications", Role.CLERK,
				APPLICATION.replace("\"idNumber\":", "\"idNumber\": \"110105194912310021\", \"idNumber\":"), 400,
				"applicant.idNumber", "duplicate"));
		all.add(post("a delivery date given twice", CASE + "/deliveries", Role.CLERK,
				"{\"method\": \"POST\", \"deliveredOn\": \"2026-11-20\", \"deliveredOn\": \"2026-11-19\"}", 400,
				"deliveredOn", "duplicate"));
		all.add(put("roles given twice", "/api/users/" + username(ALPHA, Role.CLERK) + "/roles", Role.ADMIN,
				"{\"roles\": [\"CLERK\"], \"roles\": [\"ADMIN\"]}", 400, "roles", "duplicate"));
		all.add(post("a hearing date given twice", "/api/matters/" + MATTER + "/hearings", Role.LEGAL,
				"{\"heldOn\": \"2026-12-01\", \"heldOn\": \"2026-12-02\"}", 400, "heldOn", "duplicate"));
		all.add(post("a year given twice", "/api/calendar/notices", Role.PLATFORM_ADMIN,
				"{\"year\": 2097, \"year\": 2096, \"noticeUrl\": \"https://example.org/n\", \"days\": []}", 400, "year",
				"duplicate"));
	}

	static void badDates(List<Bad> all) {
		all.add(post("a date in 1900", CASE + "/supplements", Role.CLERK, "{\"receivedOn\": \"1900-01-01\"}", 400,
				"receivedOn", "dateRange"));
		all.add(post("a date in 2100", CASE + "/supplements", Role.CLERK, "{\"receivedOn\": \"2100-01-01\"}", 400,
				"receivedOn", "dateRange"));
		all.add(post("a day before the calendar's first", CASE + "/search-records", Role.HANDLER,
				"{\"searchedOn\": \"2006-12-31\", \"sourcesSearched\": \"s\", \"keywords\": \"k\", \"found\": true}", 400,
				"searchedOn", "dateRange"));
		all.add(post("the 30th of February", CASE + "/supplements", Role.CLERK, "{\"receivedOn\": \"2026-02-30\"}", 400,
				"receivedOn", null));
		all.add(post("a date in another format", CASE + "/supplements", Role.CLERK, "{\"receivedOn\": \"20/11/2026\"}",
				400, "receivedOn", null));
		all.add(post("a date with a time", CASE + "/supplements", Role.CLERK,
				"{\"receivedOn\": \"2026-11-20T10:00:00\"}", 400, "receivedOn", null));
		all.add(post("a submission in 1900", "/api/applications", Role.CLERK,
				APPLICATION.replace(FRIDAY.toString(), "1900-01-01"), 400, "dates.submittedOn", "dateRange"));
		all.add(post("a submission in 2100", "/api/applications", Role.CLERK,
				APPLICATION.replace(FRIDAY.toString(), "2100-11-20"), 400, "dates.submittedOn", "dateRange"));
		all.add(post("a delivery in 2100", CASE + "/deliveries", Role.CLERK,
				"{\"method\": \"POST\", \"deliveredOn\": \"2100-01-01\"}", 400, "deliveredOn", "dateRange"));
		all.add(post("a consultation sent in 1999", CASE + "/consultations", Role.HANDLER,
				"{\"kind\": \"THIRD_PARTY\", \"party\": \"p\", \"question\": \"q\", \"sentOn\": \"1999-05-01\"}", 400,
				"sentOn", "dateRange"));
		all.add(post("a fee paid in 2100", CASE + "/fee-payments", Role.CLERK, "{\"paidOn\": \"2100-01-01\"}", 400,
				"paidOn", "dateRange"));
		all.add(post("a hearing in 2100", "/api/matters/" + MATTER + "/hearings", Role.LEGAL,
				"{\"heldOn\": \"2100-01-01\"}", 400, "heldOn", "dateRange"));
		all.add(post("a filing in 1900", "/api/matters/" + MATTER + "/filings", Role.LEGAL,
				"{\"kind\": \"REPLY_AND_EVIDENCE\", \"filedOn\": \"1900-01-01\"}", 400, "filedOn", "dateRange"));
		all.add(post("a matter copy received in 1900", "/api/matters", Role.LEGAL,
				"{\"kind\": \"RECONSIDERATION\", \"body\": \"b\", \"referenceNumber\": \"r\", \"copyReceivedOn\": \"1900-01-01\"}",
				400, "copyReceivedOn", "dateRange"));
		all.add(post("a notice day in 2100", "/api/calendar/notices", Role.PLATFORM_ADMIN,
				"{\"year\": 2099, \"noticeUrl\": \"https://example.org/n\", \"days\": [{\"date\": \"2100-01-01\", \"name\": \"元旦\", \"offDay\": true}]}",
				400, "days[0].date", "dateRange"));
		all.add(post("a notice for 2100", "/api/calendar/notices", Role.PLATFORM_ADMIN,
				"{\"year\": 2100, \"noticeUrl\": \"https://example.org/n\", \"days\": []}", 400, "year", "range"));
		all.add(get("working days from 1900", "/api/calendar/working-days?from=1900-01-01&add=5", Role.CLERK, 400,
				"from", "dateRange"));
		all.add(get("calendar days to 2100", "/api/calendar/days?from=2099-12-01&to=2100-01-01", Role.CLERK, 400, "to",
				"dateRange"));
		all.add(get("a remedy period from 2100", "/api/remedy-periods/T12?from=2100-01-01", Role.CLERK, 400, "from",
				"dateRange"));
		all.add(get("statistics from 1900", "/api/reports/statistics?from=1900-01-01&to=2026-01-01", Role.HEAD, 400,
				"from", "dateRange"));
		all.add(get("a date that is no date", "/api/calendar/days?from=2026-13-01&to=2026-12-31", Role.CLERK, 400, "from",
				"format"));
	}

	static void outOfRangeNumbers(List<Bad> all) {
		all.add(get("the last int page", "/api/tasks?page=2147483647", Role.CLERK, 400, "page", "max"));
		all.add(get("a page beyond int", "/api/tasks?page=2147483648", Role.CLERK, 400, "page", "format"));
		all.add(get("a negative page", "/api/tasks?page=-1", Role.CLERK, 400, "page", "min"));
		all.add(get("a cursor that is not one", "/api/tasks?after=not-a-cursor", Role.CLERK, 400, "after", "cursor"));
		// c1 ␟ worklist:DUE ␟ (no date) ␟ 2026-13-45T00:00:00Z ␟ t: the shape of a cursor, a date that is not one
		all.add(get("a cursor with a broken date", "/api/tasks?before="
				+ java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
						"c1\u001fworklist:DUE\u001f\u0000\u001f2026-13-45T00:00:00Z\u001ft".getBytes(
								java.nio.charset.StandardCharsets.UTF_8)), Role.CLERK, 400, "before", "cursor"));
		all.add(get("a worklist cursor for the register", "/api/applications?applicantName=%E5%BC%A0&after="
				+ PageCursor.of("worklist:DUE", null, "2026-11-20T01:00:00Z", "t").encode(), Role.CLERK, 400, "after",
				"cursor"));
		all.add(get("a cursor and a page", "/api/tasks?page=2&after="
				+ PageCursor.of("worklist:DUE", null, "2026-11-20T01:00:00Z", "t").encode(), Role.CLERK, 400, "after",
				"exclusive"));
		all.add(get("a page of 100000 items", "/api/tasks?size=100000", Role.CLERK, 400, "size", "range"));
		all.add(get("a register page of 201 cases", "/api/register?size=201", Role.CLERK, 400, "size", "range"));
		all.add(get("a register received from 1900", "/api/register?receivedFrom=1900-01-01", Role.CLERK, 400,
				"receivedFrom", "dateRange"));
		all.add(get("a register status that is none", "/api/register?status=LOST", Role.CLERK, 400, "status",
				"format"));
		all.add(get("a worklist cursor for the case register", "/api/register?after="
				+ PageCursor.of("worklist:DUE", null, "2026-11-20T01:00:00Z", "t").encode(), Role.CLERK, 400, "after",
				"cursor"));
		all.add(get("a negative risk page", "/api/risks?page=-5", Role.LEGAL, 400, "page", "min"));
		all.add(get("zero working days to add", "/api/calendar/working-days?from=2026-11-20&add=0", Role.CLERK, 400,
				"add", "range"));
		all.add(get("a million working days to add", "/api/calendar/working-days?from=2026-11-20&add=1000000",
				Role.CLERK, 400, "add", "range"));
		all.add(get("an audit limit of zero", "/api/admin/audit?limit=0", Role.ADMIN, 400, "limit", "Min"));
		all.add(post("zero extension days", CASE + "/extension-requests", Role.HANDLER,
				"{\"kind\": \"EXTENSION\", \"workingDays\": 0, \"reason\": \"r\"}", 400, "workingDays", "Min"));
		all.add(post("an extension of 121 working days", CASE + "/extension-requests", Role.HANDLER,
				"{\"kind\": \"EXTENSION\", \"workingDays\": 121, \"reason\": \"r\"}", 400, "workingDays", "Max"));
		all.add(post("an extension beyond int", CASE + "/extension-requests", Role.HANDLER,
				"{\"kind\": \"EXTENSION\", \"workingDays\": 99999999999, \"reason\": \"r\"}", 400, "workingDays", "range"));
		all.add(post("a fee for no items", CASE + "/fee-notices", Role.HANDLER,
				"{\"method\": \"PER_ITEM\", \"quantity\": 0, \"noticedOn\": \"2026-11-20\", \"receivedOn\": \"2026-11-20\"}",
				400, "quantity", "Min"));
		all.add(post("a negative fee", CASE + "/fee-notices", Role.HANDLER,
				"{\"method\": \"PER_ITEM\", \"quantity\": 1, \"amount\": -5, \"noticedOn\": \"2026-11-20\", \"receivedOn\": \"2026-11-20\"}",
				400, "amount", "DecimalMin"));
		all.add(post("a notice reference of zero", CASE + "/notice-deliveries", Role.CLERK,
				"{\"notice\": \"SUPPLEMENT_NOTICE\", \"reference\": 0, \"method\": \"POST\", \"deliveredOn\": \"2026-11-20\"}",
				400, "reference", "Positive"));
		all.add(post("a supplement period of 61 working days", CASE + "/registration", Role.CLERK,
				"{\"decision\": \"SUPPLEMENT\", \"supplement\": {\"noticedOn\": \"2026-11-20\", \"items\": \"i\", \"workingDays\": 61}}",
				400, "supplement.workingDays", "Max"));
		all.add(post("a consultation number beyond int", CASE + "/consultations/99999999999/answers", Role.HANDLER,
				"{\"opinion\": \"AGREES\", \"answeredOn\": \"2026-11-20\"}", 400, "number", "format"));
		all.add(post("a lock of a year beyond int", "/api/reports/annual/99999999999/lock", Role.HEAD, null, 400, "year",
				"format"));
		all.add(get("a report for the year 1900", "/api/reports/annual?year=1900", Role.HEAD, 400, "year", "range"));
	}

	static void oversized(List<Bad> all) {
		all.add(post("a body over 1 MB to the applications", "/api/applications", Role.CLERK, MORE_THAN_ONE_MEGABYTE, 413,
				"body", "maxSize"));
		all.add(post("a body over 1 MB to a review", CASE + "/reply-reviews", Role.REVIEWER, MORE_THAN_ONE_MEGABYTE, 413,
				"body", "maxSize"));
		all.add(post("a body over 1 MB from a role that may not", CASE + "/reply-reviews", Role.CLERK,
				MORE_THAN_ONE_MEGABYTE, 413, "body", "maxSize"));
		all.add(post("a body over 1 MB to the calendar", "/api/calendar/notices", Role.PLATFORM_ADMIN,
				MORE_THAN_ONE_MEGABYTE, 413, "body", "maxSize"));
		all.add(post("a body over 1 MB to a matter", "/api/matters", Role.LEGAL, MORE_THAN_ONE_MEGABYTE, 413, "body",
				"maxSize"));
		all.add(post("a notice with 400 days", "/api/calendar/notices", Role.PLATFORM_ADMIN,
				"{\"year\": 2097, \"noticeUrl\": \"https://example.org/n\", \"days\": ["
						+ String.join(",", java.util.Collections.nCopies(400,
								"{\"date\": \"2097-01-01\", \"name\": \"x\", \"offDay\": true}"))
						+ "]}",
				400, "days", "size"));
	}

	static void tooLongTexts(List<Bad> all) {
		all.add(post("a 33-character phone", "/api/applications", Role.CLERK,
				APPLICATION.replace("\"13800138000\"", "\"+" + "1".repeat(32) + "\""), 400, "applicant.phone", "Size"));
		all.add(post("a 201-character applicant name", "/api/applications", Role.CLERK,
				APPLICATION.replace("\"张三\"", "\"" + "张".repeat(201) + "\""), 400, "applicant.name", "Size"));
		all.add(post("a 501-character address", "/api/applications", Role.CLERK,
				APPLICATION.replace("\"北京市西城区某街1号\"", "\"" + "路".repeat(501) + "\""), 400, "applicant.address", "Size"));
		all.add(post("a 65-character id number", "/api/applications", Role.CLERK,
				APPLICATION.replace(ApplicationFixtures.RESIDENT_ID, "1".repeat(65)), 400, "applicant.idNumber", "Size"));
		all.add(post("a 65-character tracking number", CASE + "/deliveries", Role.CLERK,
				"{\"method\": \"POST\", \"deliveredOn\": \"2026-11-20\", \"trackingNumber\": \"" + "9".repeat(65) + "\"}",
				400, "trackingNumber", "Size"));
		all.add(post("a 201-character consulted party", CASE + "/consultations", Role.HANDLER,
				"{\"kind\": \"THIRD_PARTY\", \"party\": \"" + "p".repeat(201)
						+ "\", \"question\": \"q\", \"sentOn\": \"2026-11-20\"}",
				400, "party", "Size"));
		all.add(post("a 65-character deliberation participant", CASE + "/deliberations", Role.HANDLER,
				"{\"topic\": \"t\", \"participants\": [\"" + "a".repeat(65) + "\"]}", 400, "participants[0]", "Size"));
		all.add(post("a 201-character hearing place", "/api/matters/" + MATTER + "/hearings", Role.LEGAL,
				"{\"heldOn\": \"2026-12-01\", \"place\": \"" + "厅".repeat(201) + "\"}", 400, "place", "length"));
		all.add(post("a 251-character notice address", "/api/calendar/notices", Role.PLATFORM_ADMIN,
				"{\"year\": 2097, \"noticeUrl\": \"https://example.org/" + "a".repeat(240) + "\", \"days\": []}", 400,
				"noticeUrl", "length"));
		all.add(post("four notice addresses", "/api/calendar/notices", Role.PLATFORM_ADMIN,
				"{\"year\": 2097, \"papers\": [\"https://example.org/1\", \"https://example.org/2\", \"https://example.org/3\", \"https://example.org/4\"], \"days\": []}",
				400, "papers", "size"));
		all.add(post("a 201-character user name", "/api/users", Role.ADMIN,
				"{\"username\": \"" + "a".repeat(201) + "\", \"password\": \"Aa-12345678\", \"displayName\": \"x\", \"roles\": [\"CLERK\"]}",
				400, "username", "pattern"));
		all.add(post("a password BCrypt would cut", "/api/users", Role.ADMIN,
				"{\"username\": \"alpha-long\", \"password\": \"Aa-1" + "密".repeat(30)
						+ "\", \"displayName\": \"x\", \"roles\": [\"CLERK\"]}",
				400, "password", "maxLength"));
	}

	static void injectionLooking(List<Bad> all) {
		all.add(get("SQL in a case number", "/api/cases/" + encode("' OR '1'='1"), Role.CLERK, 404, null, null));
		all.add(get("SQL in a case number's deadlines", "/api/cases/" + encode("x'; DROP TABLE audit_entry; --")
				+ "/deadlines", Role.CLERK, 400, "path", "plainText"));
		all.add(get("a script in a case number", "/api/cases/" + encode("<script>alert(1)</script>"), Role.CLERK, 400,
				"path", "plainText"));
		all.add(get("SQL without slashes or semicolons in a case number", "/api/cases/" + encode("1' UNION SELECT password_hash FROM accounts_user --"),
				Role.CLERK, 404, null, null));
		all.add(post("SQL in an agency code", "/api/agencies", Role.PLATFORM_ADMIN,
				"{\"code\": \"A'; DROP TABLE accounts_user; --\", \"name\": \"x\", \"administrator\": {\"username\": \"ax\", \"password\": \"Aa-12345678\", \"displayName\": \"x\"}}",
				400, "code", "pattern"));
		all.add(post("SQL in a user name", "/api/users", Role.ADMIN,
				"{\"username\": \"x' or 1=1 --\", \"password\": \"Aa-12345678\", \"displayName\": \"x\", \"roles\": [\"CLERK\"]}",
				400, "username", "pattern"));
		all.add(post("a path in a region code", "/api/calendar/regions/" + encode("../../etc") + "/days", Role.ADMIN,
				"{\"year\": 2030, \"noticeUrl\": \"x\", \"days\": []}", 400, "path", "plainText"));
		all.add(post("a script as a notice address", "/api/calendar/notices", Role.PLATFORM_ADMIN,
				"{\"year\": 2097, \"noticeUrl\": \"javascript:alert(1)\", \"days\": []}", 400, "noticeUrl", "url"));
		all.add(get("SQL in a report scope", "/api/reports/annual?year=2025&scope=" + encode("AGENCY' OR 1=1"), Role.HEAD,
				400, null, null));
		all.add(get("SQL in a risk level", "/api/risks?level=" + encode("HIGH;DELETE FROM risk_assessment"), Role.LEGAL,
				400, "level", "format"));
		all.add(post("a matter linked to an SQL case number", "/api/matters", Role.LEGAL,
				"{\"kind\": \"RECONSIDERATION\", \"body\": \"b\", \"referenceNumber\": \"r\", \"copyReceivedOn\": \"2026-11-20\", \"caseNumbers\": [\"' OR 1=1 --\"]}",
				400, null, null));
		all.add(post("a task id of SQL", "/api/tasks/" + encode("1 OR 1=1") + "/claim", Role.CLERK, null, 404, null,
				null));
	}

	static void wrongRoles(List<Bad> all) {
		Object[][] rules = { { "/api/applications", APPLICATION, Role.REVIEWER },
				{ "/api/applications", "{}", Role.HANDLER }, { "/api/applications", "{}", Role.ADMIN },
				{ "/api/applications", "{}", Role.PLATFORM_ADMIN }, { CASE + "/registration", "{}", Role.HANDLER },
				{ CASE + "/supplements", "{}", Role.REVIEWER }, { CASE + "/search-records", "{}", Role.CLERK },
				{ CASE + "/consultations", "{}", Role.CLERK }, { CASE + "/consultations/1/answers", "{}", Role.LEGAL },
				{ CASE + "/art35-inquiries", "{}", Role.CLERK }, { CASE + "/art35-assessments", "{}", Role.HEAD },
				{ CASE + "/assistance-requests", "{}", Role.REVIEWER }, { CASE + "/confirmation", "{}", Role.HANDLER },
				{ "/api/publication-reviews/1/items/1/decision", "{}", Role.CLERK },
				{ CASE + "/assistance-requests/1/answers", "{}", Role.CLERK },
				{ CASE + "/deliberations", "{}", Role.CLERK }, { CASE + "/reply-drafts", "{}", Role.CLERK },
				{ CASE + "/reply-drafts", "{}", Role.REVIEWER }, { CASE + "/reply-reviews", "{}", Role.HANDLER },
				{ CASE + "/reply-reviews", "{}", Role.CLERK }, { CASE + "/legal-reviews", "{}", Role.REVIEWER },
				{ CASE + "/sign-offs", "{}", Role.REVIEWER }, { CASE + "/sign-offs", "{}", Role.LEGAL },
				{ CASE + "/deliveries", "{}", Role.HANDLER }, { CASE + "/notice-deliveries", "{}", Role.REVIEWER },
				{ CASE + "/archiving", null, Role.HANDLER }, { CASE + "/fee-notices", "{}", Role.CLERK },
				{ CASE + "/fee-payments", "{}", Role.REVIEWER }, { CASE + "/extension-requests", "{}", Role.CLERK },
				{ CASE + "/extension-decisions", "{}", Role.HANDLER },
				{ CASE + "/overdue-supervisions", "{}", Role.CLERK },
				{ CASE + "/archive/corrections", "{}", Role.CLERK }, { "/api/matters", "{}", Role.HEAD },
				{ "/api/matters/" + MATTER + "/hearings", "{}", Role.HEAD },
				{ "/api/matters/" + MATTER + "/filings", "{}", Role.CLERK },
				{ "/api/matters/" + MATTER + "/decision", "{}", Role.HANDLER },
				{ "/api/matters/" + MATTER + "/reopenings", "{}", Role.HEAD },
				{ "/api/reports/annual/2025/lock", null, Role.LEGAL },
				{ "/api/reports/read-model/rebuild", null, Role.HEAD },
				{ "/api/calendar/notices", "{}", Role.ADMIN }, { "/api/calendar/notices", "{}", Role.HEAD },
				{ "/api/calendar/regions/TEST-REGION/days", "{}", Role.CLERK },
				{ "/api/calendar/regions/TEST-REGION/days", "{}", Role.PLATFORM_ADMIN },
				{ "/api/agencies", "{}", Role.ADMIN }, { "/api/agencies/ALPHA/administrators", "{}", Role.ADMIN },
				{ "/api/users", "{}", Role.HEAD }, { "/api/users", "{}", Role.PLATFORM_ADMIN } };
		for (Object[] rule : rules) {
			all.add(post("POST " + rule[0] + " as " + rule[2], (String) rule[0], (Role) rule[2], (String) rule[1], 403,
					null, null));
		}
		all.add(get("the case register for an administrator", "/api/register", Role.ADMIN, 403, null, null));
		all.add(put("PUT roles as the platform administrator", "/api/users/" + username(ALPHA, Role.CLERK) + "/roles",
				Role.PLATFORM_ADMIN, "{\"roles\": [\"HEAD\"]}", 403, null, null));
		all.add(put("PUT status as a clerk", "/api/users/" + username(ALPHA, Role.HEAD) + "/status", Role.CLERK,
				"{\"enabled\": false}", 403, null, null));
		all.add(put("PUT password as the head", "/api/users/" + username(ALPHA, Role.CLERK) + "/password", Role.HEAD,
				"{\"password\": \"Aa-12345678\"}", 403, null, null));
		all.add(put("PUT a region assignment as a clerk", "/api/calendar/regions/TEST-REGION/agencies/ALPHA",
				Role.CLERK, null, 403, null, null));
		all.add(get("GET matters as a clerk", "/api/matters", Role.CLERK, 403, null, null));
		all.add(get("GET risks as a reviewer", "/api/risks", Role.REVIEWER, 403, null, null));
		all.add(get("GET the legal dashboard as a handler", "/api/legal/dashboard", Role.HANDLER, 403, null, null));
		all.add(get("GET the annual report as a clerk", "/api/reports/annual?year=2025", Role.CLERK, 403, null, null));
		all.add(get("GET statistics as a clerk", "/api/reports/statistics?from=2026-01-01&to=2026-02-01", Role.CLERK,
				403, null, null));
		all.add(get("GET the archive as a reviewer", CASE + "/archive", Role.REVIEWER, 403, null, null));
		all.add(get("GET the evidence checklist as a clerk", CASE + "/evidence-checklist", Role.CLERK, 403, null, null));
		all.add(get("GET users as a clerk", "/api/users", Role.CLERK, 403, null, null));
		all.add(get("GET the administration audit as the head", "/api/admin/audit", Role.HEAD, 403, null, null));
	}

	static void otherAgencysCases(List<Bad> all) {
		String beta = "/api/cases/" + BETA_CASE;
		all.add(get("ALPHA reads BETA's case", beta, Role.CLERK, 404, null, null));
		all.add(get("ALPHA reads BETA's deadlines", beta + "/deadlines", Role.HANDLER, 404, null, null));
		all.add(get("ALPHA reads BETA's documents", beta + "/documents", Role.CLERK, 404, null, null));
		all.add(get("ALPHA reads BETA's archive", beta + "/archive", Role.CLERK, 404, null, null));
		all.add(get("ALPHA checks BETA's archive", beta + "/archive/verification", Role.CLERK, 404, null, null));
		all.add(get("ALPHA reads BETA's risk", beta + "/risk", Role.LEGAL, 404, null, null));
		all.add(get("ALPHA reads BETA's similar applications", "/api/applications/" + BETA_CASE + "/similar", Role.CLERK,
				404, null, null));
		all.add(get("ALPHA reads BETA's evidence checklist", beta + "/evidence-checklist", Role.LEGAL, 404, null, null));
		all.add(post("ALPHA registers BETA's case", beta + "/registration", Role.CLERK, "{\"decision\": \"ACCEPT\"}", 404,
				null, null));
		all.add(post("ALPHA records a search in BETA's case", beta + "/search-records", Role.HANDLER,
				"{\"searchedOn\": \"2026-11-20\", \"sourcesSearched\": \"s\", \"keywords\": \"k\", \"found\": true}", 404,
				null, null));
		all.add(post("ALPHA drafts BETA's reply", beta + "/reply-drafts", Role.HANDLER,
				"{\"outcome\": \"DISCLOSE\", \"accessDetails\": \"a\"}", 404, null, null));
		all.add(post("ALPHA archives BETA's case", beta + "/archiving", Role.CLERK, null, 404, null, null));
		all.add(post("ALPHA links BETA's case to a matter", "/api/matters", Role.LEGAL,
				"{\"kind\": \"RECONSIDERATION\", \"body\": \"b\", \"referenceNumber\": \"r-beta\", \"copyReceivedOn\": \"2026-11-20\", \"caseNumbers\": [\""
						+ BETA_CASE + "\"]}",
				400, null, null));
		all.add(get("BETA reads ALPHA's matter", "/api/matters/" + MATTER, BETA, Role.LEGAL, 404));
		all.add(post("BETA adds a hearing to ALPHA's matter", "/api/matters/" + MATTER + "/hearings", BETA, Role.LEGAL,
				"{\"heldOn\": \"2026-12-01\"}", 404));
		all.add(put("BETA's administrator disables an ALPHA user", "/api/users/" + username(ALPHA, Role.CLERK) + "/status",
				BETA, Role.ADMIN, "{\"enabled\": false}", 404));
		all.add(put("BETA's administrator resets an ALPHA password",
				"/api/users/" + username(ALPHA, Role.CLERK) + "/password", BETA, Role.ADMIN,
				"{\"password\": \"Aa-12345678\"}", 404));
		all.add(put("BETA puts ALPHA on a region", "/api/calendar/regions/TEST-REGION/agencies/ALPHA", BETA, Role.ADMIN,
				null, 403));
	}

	static void hostilePaths(List<Bad> all) {
		all.add(get("CR/LF in a case number", "/api/cases/X%0D%0ASet-Cookie:%20a=b", Role.CLERK, 400, "path",
				"plainText"));
		all.add(get("a LF in a case number's deadlines", "/api/cases/A%0Ab/deadlines", Role.CLERK, 400, "path",
				"plainText"));
		all.add(get("a URI template as a case number", "/api/cases/%7Bfoo%7D", Role.CLERK, 400, "caseNumber",
				"plainText"));
		all.add(post("a URI template in a registration", "/api/cases/%7BcaseNumber%7D/registration", Role.CLERK,
				"{\"decision\": \"ACCEPT\"}", 400, "caseNumber", "plainText"));
		all.add(get("a NUL in a case number", "/api/cases/A%00B", Role.CLERK, 400, "path", "plainText"));
		all.add(get("a 65-character case number", "/api/cases/" + "A".repeat(65), Role.CLERK, 400, "caseNumber",
				"length"));
		all.add(get("a tab in a region code", "/api/calendar/regions/CN%09XJ/agencies/ALPHA", Role.ADMIN, 405, null,
				null));
		all.add(put("CR/LF in a region assignment", "/api/calendar/regions/CN%0D%0AXJ/agencies/ALPHA", Role.ADMIN, null,
				400, "path", "plainText"));
		all.add(put("a URI template in a user name", "/api/users/%7Badmin%7D/status", Role.ADMIN, "{\"enabled\": false}",
				400, "username", "plainText"));
		all.add(post("CR/LF in a task id", "/api/tasks/a%0D%0Ab/claim", Role.CLERK, null, 400, "path", "plainText"));
		all.add(post("a URI template in a task id", "/api/tasks/%7Bid%7D/claim", Role.CLERK, null, 400, "taskId",
				"plainText"));
		all.add(pageGet("a URI template as a case page", "/cases/%7Bx%7D", 404));
		all.add(pageGet("a 65-character case page", "/cases/" + "A".repeat(65), 404));
	}

	static void unauthenticatedAndWrongProtocol(List<Bad> all) {
		all.add(new Bad("no credentials for the applications", HttpMethod.POST, "/api/applications", ALPHA, null,
				APPLICATION, MediaType.APPLICATION_JSON_VALUE, 401, null, null));
		all.add(new Bad("no credentials for a case", HttpMethod.GET, CASE, ALPHA, null, null, null, 401, null, null));
		all.add(new Bad("no credentials for the calendar", HttpMethod.POST, "/api/calendar/notices", ALPHA, null, "{}",
				MediaType.APPLICATION_JSON_VALUE, 401, null, null));
		all.add(new Bad("no credentials with a huge body", HttpMethod.POST, "/api/users", ALPHA, null,
				MORE_THAN_ONE_MEGABYTE, MediaType.APPLICATION_JSON_VALUE, 413, "body", "maxSize"));
		all.add(new Bad("XML instead of JSON", HttpMethod.POST, CASE + "/reply-reviews", ALPHA, Role.REVIEWER,
				"<verdict>APPROVE</verdict>", MediaType.APPLICATION_XML_VALUE, 415, null, null));
		all.add(new Bad("a form instead of JSON", HttpMethod.POST, "/api/applications", ALPHA, Role.CLERK,
				"requestedInformation=x", MediaType.APPLICATION_FORM_URLENCODED_VALUE, 415, null, null));
		all.add(new Bad("DELETE on a case", HttpMethod.DELETE, CASE, ALPHA, Role.HEAD, null, null, 405, null, null));
		all.add(new Bad("PATCH on a draft", HttpMethod.PATCH, CASE + "/reply-drafts", ALPHA, Role.HANDLER, "{}",
				MediaType.APPLICATION_JSON_VALUE, 405, null, null));
		all.add(new Bad("GET on a registration", HttpMethod.GET, CASE + "/registration", ALPHA, Role.CLERK, null, null,
				405, null, null));
	}

	// ---------------------------------------------------------------------------------------------------- helpers

	static Bad post(String name, String path, Role role, String body, int status, String field, String rule) {
		return new Bad(name, HttpMethod.POST, path, ALPHA, role, body, body == null ? null : MediaType.APPLICATION_JSON_VALUE,
				status, field, rule);
	}

	static Bad post(String name, String path, String agency, Role role, String body, int status) {
		return new Bad(name, HttpMethod.POST, path, agency, role, body, MediaType.APPLICATION_JSON_VALUE, status, null,
				null);
	}

	static Bad put(String name, String path, Role role, String body, int status, String field, String rule) {
		return new Bad(name, HttpMethod.PUT, path, ALPHA, role, body, body == null ? null : MediaType.APPLICATION_JSON_VALUE,
				status, field, rule);
	}

	static Bad put(String name, String path, String agency, Role role, String body, int status) {
		return new Bad(name, HttpMethod.PUT, path, agency, role, body, body == null ? null : MediaType.APPLICATION_JSON_VALUE,
				status, null, null);
	}

	static Bad get(String name, String path, Role role, int status, String field, String rule) {
		return new Bad(name, HttpMethod.GET, path, ALPHA, role, null, null, status, field, rule);
	}

	static Bad get(String name, String path, String agency, Role role, int status) {
		return new Bad(name, HttpMethod.GET, path, agency, role, null, null, status, null, null);
	}

	/** A page request of a signed-in clerk (HTTP Basic is not accepted there, so it goes through the session). */
	static Bad pageGet(String name, String path, int status) {
		return new Bad(name, HttpMethod.GET, path, ALPHA, Role.CLERK, null, "page", status, null, null);
	}

	static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}

	private MockHttpServletRequestBuilder request(Bad bad) throws Exception {
		String path = fill(bad.path());
		var request = MockMvcRequestBuilders.request(bad.method(), URI.create(path));
		if ("page".equals(bad.contentType())) {
			var session = mvc.perform(MockMvcRequestBuilders.post("/login")
					.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
					.param("username", username(bad.agency(), bad.role())).param("password", PASSWORD))
				.andReturn().getResponse().getCookie("SESSION");
			// a first page puts the session's CSRF token in place, so that the bad request itself stores nothing
			mvc.perform(MockMvcRequestBuilders.get("/tasks").cookie(session));
			return request.cookie(session).accept(MediaType.TEXT_HTML);
		}
		if (bad.role() != null) {
			request.with(httpBasic(username(bad.agency(), bad.role()), PASSWORD));
		}
		if (bad.body() != null) {
			request.contentType(bad.contentType()).content(fill(bad.body()));
		}
		return request.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
	}

	private static String fill(String text) {
		return text.replace(ALPHA_CASE, alphaCase).replace(BETA_CASE, betaCase).replace(MATTER, matter);
	}

	/** The number of rows of every table of the schema. */
	private Map<String, Long> rowCounts() {
		List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
				+ "where table_schema = database() and table_type = 'BASE TABLE' order by table_name", String.class);
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : tables) {
			counts.put(table, jdbc.queryForObject("select count(*) from `" + table + "`", Long.class));
		}
		return counts;
	}
}
