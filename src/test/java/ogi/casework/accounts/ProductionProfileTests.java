package ogi.casework.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** The production (mysql) profile: no API browser, secure cookies, the proxy's forwarded headers trusted. */
class ProductionProfileTests {

	@Test
	void switchesOffSwaggerAndSecuresTheSessionBehindTheProxy() throws IOException {
		PropertySource<?> mysql = new YamlPropertySourceLoader()
			.load("mysql", new ClassPathResource("application-mysql.yaml")).get(0);

		assertThat(mysql.getProperty("springdoc.api-docs.enabled")).isEqualTo(false);
		assertThat(mysql.getProperty("springdoc.swagger-ui.enabled")).isEqualTo(false);
		assertThat(mysql.getProperty("server.servlet.session.cookie.secure")).isEqualTo(true);
		assertThat(mysql.getProperty("server.forward-headers-strategy")).isEqualTo("native");
	}

	@Test
	void theDefaultProfileIsTheDemoOnTheEmbeddedDatabase() throws IOException {
		PropertySource<?> base = new YamlPropertySourceLoader()
			.load("base", new ClassPathResource("application.yaml")).get(0);

		assertThat(base.getProperty("spring.profiles.default")).isEqualTo("demo");
		assertThat(DemoDatabaseGuard.isEmbedded(String.valueOf(base.getProperty("spring.datasource.url")))).isTrue();
	}
}
