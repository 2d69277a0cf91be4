package ogi.casework.support;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Spring context started by the tests at a fresh schema on the real test database, with the engine's
 * job executor off so that tests fire timers themselves — unless the context asks for it
 * ({@code ogi.test.job-executor=true}, see {@link JobExecutorOn}), to run as production does, timers firing as soon as
 * the test's clock makes them due. A context that names its own database (property
 * {@code ogi.test.own-database=true}) keeps it, as the restart test does.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		var environment = context.getEnvironment();
		if (environment.getProperty("ogi.test.own-database", Boolean.class, false)) {
			return;
		}
		var database = TestDatabase.get();
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", database.newSchema());
		properties.put("spring.datasource.username", database.user());
		properties.put("spring.datasource.password", database.password());
		properties.put("spring.datasource.hikari.transaction-isolation", "TRANSACTION_READ_COMMITTED");
		properties.put("flowable.async-executor-activate",
				environment.getProperty("ogi.test.job-executor", "false"));
		properties.put("ogi.security.bcrypt-strength", "4");
		// When the JVM exits, the embedded database may stop before the contexts close: fail fast instead of waiting.
		properties.put("spring.datasource.hikari.connection-timeout", "5000");
		environment.getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
	}
}
