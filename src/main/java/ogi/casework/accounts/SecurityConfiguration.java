package ogi.casework.accounts;

import static org.springframework.security.config.Customizer.withDefaults;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.Header;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The API speaks HTTP Basic without sessions; people use form login on the pages. Role checks sit on the controllers and again
 * in the process (candidate groups).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		return http.securityMatcher("/api/**")
				.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				.httpBasic(withDefaults())
				.csrf(csrf -> csrf.disable())
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint((request, response, e) -> {
					response.setStatus(HttpStatus.UNAUTHORIZED.value());
					response.setHeader("WWW-Authenticate", "Basic realm=\"ogi-casework\"");
					response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
					response.getWriter().write("{\"type\":\"/problems/unauthenticated\",\"title\":\"Unauthenticated\","
							+ "\"status\":401,\"detail\":\"Sign in with your user name and password\"}");
				}))
				.build();
	}

	/**
	 * Pages: form login with a session (kept in the shared database, so any node serves it) and CSRF tokens on
	 * every form; a strict Content Security Policy (scripts and styles only from this origin, no framing by other
	 * sites). The letter preview is framed by our own case page and carries its own inline styles, so it gets a
	 * policy of its own; Swagger UI needs inline styles and images.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http) throws Exception {
		RequestMatcher letterPreview = PathPatternRequestMatcher.withDefaults().matcher("/cases/*/letter-preview");
		RequestMatcher swagger = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
				PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"));
		RequestMatcher pages = new AndRequestMatcher(new NegatedRequestMatcher(letterPreview),
				new NegatedRequestMatcher(swagger));
		return http
				.authorizeHttpRequests(requests -> requests
						.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health",
								"/error", "/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico")
						.permitAll()
						.anyRequest().authenticated())
				.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/tasks", true).permitAll())
				.logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("SESSION", "JSESSIONID"))
				.headers(headers -> headers
						.frameOptions(frame -> frame.disable())
						.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
						.permissionsPolicyHeader(permissions -> permissions
								.policy("camera=(), microphone=(), geolocation=(), payment=()"))
						.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(pages, new StaticHeadersWriter(List.of(
								new Header("Content-Security-Policy", PAGE_POLICY), new Header("X-Frame-Options", "DENY")))))
						.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(letterPreview,
								new StaticHeadersWriter(List.of(new Header("Content-Security-Policy", LETTER_POLICY),
										new Header("X-Frame-Options", "SAMEORIGIN")))))
						.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swagger,
								new StaticHeadersWriter(List.of(new Header("Content-Security-Policy", SWAGGER_POLICY),
										new Header("X-Frame-Options", "DENY"))))))
				.build();
	}

	static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-src 'self'; frame-ancestors 'none'";

	static final String LETTER_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
			+ "form-action 'none'; frame-ancestors 'self'";

	static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder(SecuritySettings settings) {
		return new BCryptPasswordEncoder(settings.bcryptStrength());
	}
}
