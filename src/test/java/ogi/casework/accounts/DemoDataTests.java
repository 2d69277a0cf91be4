package ogi.casework.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The demo users' stored hashes are what the README promises: password = user name, at the production work factor. */
class DemoDataTests {

	@Test
	void theKnownHashesAreUsedAtTheDefaultWorkFactor() throws Exception {
		var strength = SecuritySettings.class.getDeclaredConstructor(int.class, SecuritySettings.Password.class,
				SecuritySettings.SignIn.class, SecuritySettings.Tokens.class, SecuritySettings.BasicCredentials.class)
			.getParameters()[0].getAnnotation(DefaultValue.class);

		assertThat(strength.value()).containsExactly(String.valueOf(DemoData.HASHED_AT_STRENGTH));
	}

	@Test
	void everyKnownHashIsTheUserNameHashedAtThatWorkFactor() {
		var production = new BCryptPasswordEncoder(DemoData.HASHED_AT_STRENGTH);

		assertThat(DemoData.PASSWORD_HASHES).containsOnlyKeys("clerk", "handler", "reviewer", "head", "legal", "admin",
				"platform");
		DemoData.PASSWORD_HASHES.forEach((user, hash) -> {
			assertThat(hash).as(user).startsWith("$2a$" + DemoData.HASHED_AT_STRENGTH + "$");
			assertThat(production.matches(user, hash)).as(user).isTrue();
			assertThat(production.matches(user + "x", hash)).as(user).isFalse();
			assertThat(production.upgradeEncoding(hash)).as(user).isFalse();
		});
	}
}
