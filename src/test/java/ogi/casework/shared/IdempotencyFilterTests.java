package ogi.casework.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;

import tools.jackson.databind.json.JsonMapper;

/**
 * A body that passes the declared-length check of {@link RequestLimits} (e.g. one sent chunked, without a length) but
 * is longer than the limit is met first by the idempotency filter, which reads it to fingerprint the request: it gets
 * the same 413 as everywhere else, not a server error, and nothing is reserved.
 */
class IdempotencyFilterTests {

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aBodyThatPassesTheLimitWhileBeingReadGets413AndNothingRuns() throws Exception {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				"alpha-clerk", null, List.of(new SimpleGrantedAuthority("ROLE_CLERK"))));
		var request = new MockHttpServletRequest("POST", "/api/applications");
		request.addHeader(IdempotencyFilter.HEADER, "b9f0c1de-key");
		request.setContentType("application/json");
		request.setContent(("{\"description\":\"" + "x".repeat(2_000) + "\"}").getBytes());
		var limited = new RequestLimits.LimitedRequest(request, 1_000);
		var response = new MockHttpServletResponse();
		var chain = new MockFilterChain();
		// no key store, applicant keys or cipher: the filter must answer before it reserves the key or hashes anything
		var filter = new IdempotencyFilter(null, null, null,
				new IdempotencySettings(Duration.ofHours(24), DataSize.ofMegabytes(16)), Clock.systemUTC());

		filter.doFilter(limited, response, chain);

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(chain.getRequest()).as("the request went no further").isNull();
		var problem = JsonMapper.builder().build().readTree(response.getContentAsString());
		assertThat(problem.get("type").asString()).isEqualTo("/problems/payload-too-large");
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("body");
		assertThat(problem.get("errors").get(0).get("rule").asString()).isEqualTo("maxSize");
		assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("body: at most 1000 bytes");
	}
}
