package ogi.casework.accounts;

import java.util.Arrays;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the {@code demo} profile — whose users sign in with their user names as passwords, {@code admin}
 * included — on any database but the embedded one: a forgotten profile setting on a real database must stop the
 * start, not create {@code admin/admin}. Embedded means H2 in this process ({@code jdbc:h2:file:} or
 * {@code jdbc:h2:mem:}, not {@code jdbc:h2:tcp:}); checked before the application context, and so before any data
 * source, exists.
 */
public class DemoDatabaseGuard implements EnvironmentPostProcessor {

	static final String DEMO = "demo";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		boolean demo = environment.acceptsProfiles(Profiles.of(DEMO))
				|| (environment.getActiveProfiles().length == 0
						&& Arrays.asList(environment.getDefaultProfiles()).contains(DEMO));
		String url = environment.getProperty("spring.datasource.url");
		if (demo && !isEmbedded(url)) {
			throw new DemoProfileOnExternalDatabase(url);
		}
	}

	/** Whether {@code url} is an H2 database inside this process. */
	static boolean isEmbedded(String url) {
		return url != null && (url.startsWith("jdbc:h2:file:") || url.startsWith("jdbc:h2:mem:")
				|| (url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:")
						&& !url.startsWith("jdbc:h2:zip:")));
	}

	/** The demo profile on an external database. */
	static final class DemoProfileOnExternalDatabase extends IllegalStateException {

		DemoProfileOnExternalDatabase(String url) {
			super("The demo profile creates users whose passwords are their names and runs on the embedded database "
					+ "only; this start uses " + (url == null ? "no spring.datasource.url" : url.replaceAll("//[^/@]*@", "//")) 
					+ ". Start with --spring.profiles.active=mysql (or another profile) for a real database.");
		}
	}
}
