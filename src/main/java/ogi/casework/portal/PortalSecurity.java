package ogi.casework.portal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.Header;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The portal's own security chain, ahead of the staff chains: every {@code /portal/**} page is public, nobody signs in
 * here, and nothing here signs anyone in — so a portal visitor holds no authentication that {@code /api} or the staff
 * pages would accept. Forms carry CSRF tokens; pages get a strict Content Security Policy (scripts and styles from this
 * origin only) and may not be framed.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	@Order(0)
	SecurityFilterChain portal(HttpSecurity http) throws Exception {
		return http.securityMatcher("/portal/**")
				.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
				.formLogin(form -> form.disable())
				.httpBasic(basic -> basic.disable())
				.logout(logout -> logout.disable())
				.requestCache(cache -> cache.disable())
				.headers(headers -> headers
						.frameOptions(frame -> frame.deny())
						.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
						.addHeaderWriter(new StaticHeadersWriter(List.of(new Header("Content-Security-Policy", POLICY)))))
				.build();
	}
}
