package ogi.casework.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import ogi.casework.CaseworkApplication;

/** The demo users (admin/admin …) exist on the embedded database only: the demo profile refuses any other. */
class DemoDatabaseGuardTests {

	@Test
	void theApplicationRefusesToStartTheDemoProfileOnAnExternalDatabase() {
		// the default profile is demo; a real database named without choosing a profile
		var start = new SpringApplicationBuilder(CaseworkApplication.class);

		assertThatThrownBy(() -> start.run("--spring.datasource.url=jdbc:mysql://db.example.org:3306/ogi").close())
			.isInstanceOf(DemoDatabaseGuard.DemoProfileOnExternalDatabase.class)
			.hasMessageContaining("demo profile")
			.hasMessageContaining("jdbc:mysql://db.example.org:3306/ogi");
	}

	@Test
	void theDemoProfileNamedExplicitlyIsRefusedToo() {
		var start = new SpringApplicationBuilder(CaseworkApplication.class);

		assertThatThrownBy(() -> start.run("--spring.profiles.active=demo", "--spring.datasource.url=jdbc:mariadb://localhost/ogi").close())
			.isInstanceOf(DemoDatabaseGuard.DemoProfileOnExternalDatabase.class);
	}

	@Test
	void embeddedMeansH2InThisProcess() {
		assertThat(DemoDatabaseGuard.isEmbedded("jdbc:h2:file:./data/ogi-casework")).isTrue();
		assertThat(DemoDatabaseGuard.isEmbedded("jdbc:h2:mem:demo")).isTrue();
		assertThat(DemoDatabaseGuard.isEmbedded("jdbc:h2:./data/x")).isTrue();
		assertThat(DemoDatabaseGuard.isEmbedded("jdbc:h2:tcp://db/ogi")).isFalse();
		assertThat(DemoDatabaseGuard.isEmbedded("jdbc:mysql://localhost/ogi")).isFalse();
		assertThat(DemoDatabaseGuard.isEmbedded(null)).isFalse();
	}
}
