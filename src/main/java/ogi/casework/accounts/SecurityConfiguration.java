package ogi.casework.accounts;

import static org.springframework.security.config.Customizer.withDefaults;

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

/**
 * The API speaks HTTP Basic without sessions; people use form login. Role checks sit on the controllers and again
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

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http) throws Exception {
		return http
				.authorizeHttpRequests(requests -> requests
						.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health",
								"/error", "/login")
						.permitAll()
						.anyRequest().authenticated())
				.formLogin(withDefaults())
				.logout(withDefaults())
				.build();
	}

	@Bean
	PasswordEncoder passwordEncoder(SecuritySettings settings) {
		return new BCryptPasswordEncoder(settings.bcryptStrength());
	}
}
