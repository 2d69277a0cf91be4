package ogi.casework.accounts;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.PASSWORD;
import static ogi.casework.support.Agencies.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import ogi.casework.support.CaseworkIntegrationTest;

/**
 * Authorization before anything else: every endpoint names who may call it, and a wrong role is refused before the
 * request body is parsed or validated.
 */
@CaseworkIntegrationTest
class EndpointRulesIntegrationTests {

	/** Handlers of the frameworks, guarded by the security filter chain and carrying no data of ours. */
	static final Set<String> FRAMEWORK_HANDLERS = Set.of(
			"org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController",
			"org.springdoc.webmvc.api.OpenApiWebMvcResource", "org.springdoc.webmvc.ui.SwaggerConfigResource",
			"org.springdoc.webmvc.ui.SwaggerWelcomeWebMvc");

	@Autowired
	MockMvc mvc;

	/** Every handler mapping of the application (Spring MVC's own, actuator's …). */
	@Autowired
	List<RequestMappingHandlerMapping> mappings;

	@Test
	void everyEndpointNamesTheRolesThatMayCallIt() {
		List<String> withoutRule = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		int handlers = 0;
		for (RequestMappingHandlerMapping mappingBean : mappings) {
			handlers += mappingBean.getHandlerMethods().size();
			mappingBean.getHandlerMethods().forEach((mapping, method) -> {
				if (HandlerAuthorization.isOurs(method)) {
					if (HandlerAuthorization.ruleOf(method) == null) {
						withoutRule.add(mapping + " " + method);
					}
				}
				else if (!FRAMEWORK_HANDLERS.contains(method.getBeanType().getName())) {
					unknown.add(mapping + " " + method.getBeanType().getName());
				}
			});
		}

		assertThat(handlers).isGreaterThan(80);
		assertThat(withoutRule).as("handlers without @PreAuthorize").isEmpty();
		assertThat(unknown).as("handlers of unknown frameworks").isEmpty();
	}

	@Test
	void aReviewerPostingAnEmptyApplicationIsForbiddenNotToldTheFields() throws Exception {
		mvc.perform(post("/api/applications").with(httpBasic(username(ALPHA, Role.REVIEWER), PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("/problems/forbidden"))
			.andExpect(jsonPath("$.errors").doesNotExist());
	}

	@Test
	void aWrongRoleIsRefusedBeforeAMalformedOrHugeBodyIsRead() throws Exception {
		mvc.perform(post("/api/cases/ALPHA-2026-0001/reply-reviews")
				.with(httpBasic(username(ALPHA, Role.CLERK), PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{not json at all"))
			.andExpect(status().isForbidden());
		// a body of 900 KB (under the limit) is not parsed for a role that may not send it
		String big = "{\"reason\": \"" + "x".repeat(900_000) + "\", \"verdict\": 7}";
		mvc.perform(post("/api/cases/ALPHA-2026-0001/reply-reviews")
				.with(httpBasic(username(ALPHA, Role.CLERK), PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(big))
			.andExpect(status().isForbidden());
	}

	@Test
	void aPageFormOfAnotherRoleIsForbiddenBeforeItsFieldsAreChecked() throws Exception {
		var session = mvc.perform(post("/login").with(csrf()).param("username", username(ALPHA, Role.REVIEWER))
				.param("password", PASSWORD)).andReturn().getResponse().getCookie("SESSION");

		mvc.perform(post("/cases/ALPHA-2026-0001/registration").cookie(session).with(csrf())
				.param("decision", "NOT-A-DECISION"))
			.andExpect(status().isForbidden());
	}
}
