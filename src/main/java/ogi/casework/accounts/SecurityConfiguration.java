package ogi.casework.accounts;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
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
 * The API takes bearer tokens (JWTs of the embedded issuer or of an external OIDC provider, {@link EmbeddedIssuer},
 * {@link TokenClaims}) and HTTP Basic (a checked password is remembered briefly, {@link VerifiedCredentials}), without
 * sessions; people use form login on the pages; passwords are checked through the {@link SignInThrottle}. Every handler method names who may call it ({@code @PreAuthorize}), checked by
 * {@link HandlerAuthorization} before the request body is read, again by method security, and again in the process
 * (candidate groups). HSTS on HTTPS requests; behind a TLS-terminating proxy the production profile trusts its
 * forwarded headers, so that requests count as HTTPS and session cookies are secure.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * Every sign-in, page or API, goes through the {@link SignInThrottle}; failures are logged and audited
	 * ({@link ThrottledSignIn}).
	 */
	@Bean
	AuthenticationManager signIn(AccountUserDetailsService users, PasswordEncoder passwordEncoder,
			SignInThrottle throttle, Accounts accounts, ApplicationEventPublisher events, Clock clock,
			VerifiedCredentials verified) {
		var passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ProviderManager(verified.before(new ThrottledSignIn(passwords, throttle, accounts, events, clock)));
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AuthenticationManager signIn, JwtDecoder tokens, TokenClaims claims)
			throws Exception {
		AuthenticationEntryPoint entryPoint = SecurityConfiguration::unauthenticated;
		return http.securityMatcher("/api/**")
				.authenticationManager(signIn)
				.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				.httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
				.oauth2ResourceServer(resource -> resource.authenticationEntryPoint(entryPoint)
					.jwt(jwt -> jwt.authenticationManager(bearer(tokens, claims))))
				.csrf(csrf -> csrf.disable())
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.headers(headers -> headers.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE)
						.includeSubDomains(true)))
				.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
				.build();
	}

	/**
	 * A URL the firewall refuses (an encoded CR, LF, NUL, slash or semicolon, a path traversal …) gets a problem
	 * detail like every other bad request, not an empty 400.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, e) -> {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write("{\"type\":\"/problems/invalid-input\",\"title\":\"Invalid input\","
					+ "\"status\":400,\"detail\":\"The address contains characters that no address of this service "
					+ "contains (control characters, encoded slashes or semicolons, '..')\",\"errors\":[{\"field\":\"path\","
					+ "\"rule\":\"plainText\",\"message\":\"path: no control characters, encoded slashes, semicolons or '..'\"}]}");
		};
	}

	/** HSTS for a year; written on HTTPS requests only (behind a proxy: {@code server.forward-headers-strategy}). */
	static final long HSTS_MAX_AGE = 31_536_000;

	/** 401 with a problem detail, or 429 with Retry-After for a throttled sign-in. */
	static void unauthenticated(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException e) throws IOException {
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		if (e instanceof SignInThrottled throttled) {
			long seconds = Math.max(1, throttled.retryAfter().toSeconds());
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", Long.toString(seconds));
			response.getWriter().write("{\"type\":\"/problems/sign-in-throttled\",\"title\":\"Too many failed sign-ins\","
					+ "\"status\":429,\"detail\":\"Too many failed sign-ins for this user name or address; try again in "
					+ seconds + " seconds\",\"rule\":\"signInThrottle\"}");
			return;
		}
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		boolean badToken = e instanceof OAuth2AuthenticationException;
		response.addHeader("WWW-Authenticate", badToken ? "Bearer error=\"invalid_token\"" : "Bearer");
		response.addHeader("WWW-Authenticate", "Basic realm=\"ogi-casework\"");
		response.getWriter().write("{\"type\":\"/problems/unauthenticated\",\"title\":\"Unauthenticated\","
				+ "\"status\":401,\"detail\":\"" + (badToken
						? "The bearer token is invalid or expired; get a new one (POST /api/tokens)"
						: "Sign in with a bearer token or your user name and password") + "\"}");
	}

	/**
	 * Pages: form login with a session (kept in the shared database, so any node serves it) and CSRF tokens on
	 * every form; a strict Content Security Policy (scripts and styles only from this origin, no framing by other
	 * sites). The letter preview is framed by our own case page and carries its own inline styles, so it gets a
	 * policy of its own; Swagger UI needs inline styles and images.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, AuthenticationManager signIn) throws Exception {
		RequestMatcher letterPreview = PathPatternRequestMatcher.withDefaults().matcher("/cases/*/letter-preview");
		RequestMatcher swagger = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
				PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"));
		RequestMatcher pages = new AndRequestMatcher(new NegatedRequestMatcher(letterPreview),
				new NegatedRequestMatcher(swagger));
		return http
				.authenticationManager(signIn)
				.authorizeHttpRequests(requests -> requests
						.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health",
								"/error", "/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico")
						.permitAll()
						.anyRequest().authenticated())
				.formLogin(form -> form.loginPage("/login").successHandler(SecurityConfiguration::signedIn).permitAll()
						.failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
								+ (e instanceof SignInThrottled ? "/login?locked" : "/login?error"))))
				.logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("SESSION", "JSESSIONID"))
				.headers(headers -> headers
						.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE).includeSubDomains(true))
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

	/**
	 * Bearer tokens are checked by their own manager: the chain's {@code signIn} checks passwords only, and the
	 * resource server would otherwise hand it the token (and find no provider for it).
	 */
	private static AuthenticationManager bearer(JwtDecoder tokens, TokenClaims claims) {
		var provider = new JwtAuthenticationProvider(tokens);
		provider.setJwtAuthenticationConverter(claims);
		return new ProviderManager(provider);
	}

	/**
	 * After signing in on the page: back to the embedded issuer's authorization request that sent the person here
	 * (an OAuth 2 client asking for a token), else to the worklist.
	 */
	static void signedIn(HttpServletRequest request, HttpServletResponse response,
			org.springframework.security.core.Authentication authentication) throws IOException {
		var cache = new HttpSessionRequestCache();
		SavedRequest saved = cache.getRequest(request, response);
		cache.removeRequest(request, response);
		String target = request.getContextPath() + "/tasks";
		if (saved != null && java.net.URI.create(saved.getRedirectUrl()).getPath()
			.equals(request.getContextPath() + "/oauth2/authorize")) {
			target = saved.getRedirectUrl();
		}
		response.sendRedirect(target);
	}

	static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-src 'self'; frame-ancestors 'none'";

	static final String LETTER_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
			+ "form-action 'none'; frame-ancestors 'self'";

	static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

	/**
	 * No Micrometer observation around each security filter, authentication and authorization: nothing reads them
	 * (a node exposes health and info only; the HTTP server observation stays), and wrapping every filter of every
	 * request was about a sixth of the CPU of a plain authenticated API call (JFR of {@code GET /api/agencies}).
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder(SecuritySettings settings) {
		return new BCryptPasswordEncoder(settings.bcryptStrength());
	}
}
