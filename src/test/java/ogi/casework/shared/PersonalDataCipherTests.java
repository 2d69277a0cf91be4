package ogi.casework.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** AES-GCM tokens: bound to their place, readable after a key rotation, refused when altered or unconfigured. */
class PersonalDataCipherTests {

	static final String OLD = Base64.getEncoder().encodeToString(new byte[32]);

	static final String NEW = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

	static final String LOOKUP = Base64.getEncoder().encodeToString("lookup-key-lookup-key-lookup-key".getBytes());

	static PersonalDataCipher cipher(String active, Map<String, String> keys) {
		return new PersonalDataCipher(new CryptoSettings(keys, active, LOOKUP, false));
	}

	@Test
	void encryptsWithAFreshNonceAndNamesTheKey() {
		var cipher = cipher("k1", Map.of("k1", OLD));

		String first = cipher.encrypt("13800138000", "phone|A|A-1");
		String second = cipher.encrypt("13800138000", "phone|A|A-1");

		assertThat(first).startsWith("enc:v1:k1:").doesNotContain("13800138000").isNotEqualTo(second);
		// 12-byte nonce + 11 bytes + 16-byte tag, base64url without padding
		assertThat(Base64.getUrlDecoder().decode(first.substring("enc:v1:k1:".length()))).hasSize(12 + 11 + 16);
		assertThat(cipher.decrypt(first, "phone|A|A-1")).isEqualTo("13800138000");
	}

	@Test
	void oldKeysStillDecryptAfterRotationAndTheirValuesAskToBeRewritten() {
		String underOld = cipher("k1", Map.of("k1", OLD)).encrypt("11010519491231002X", "idNumber|A|A-1");
		var rotated = cipher("k2", Map.of("k1", OLD, "k2", NEW));

		assertThat(rotated.decrypt(underOld, "idNumber|A|A-1")).isEqualTo("11010519491231002X");
		assertThat(rotated.needsReencryption(underOld)).isTrue();
		assertThat(rotated.needsReencryption(rotated.encrypt("x", "c"))).isFalse();
		assertThat(rotated.needsReencryption("legacy plain text")).isTrue();
		assertThat(rotated.decrypt("legacy plain text", "c")).isEqualTo("legacy plain text");
	}

	@Test
	void refusesAValueAlteredOrCopiedToAnotherRecord() {
		var cipher = cipher("k1", Map.of("k1", OLD));
		String token = cipher.encrypt("13800138000", "phone|A|A-1");
		char last = token.charAt(token.length() - 1);
		String altered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

		assertThatThrownBy(() -> cipher.decrypt(token, "phone|A|A-2")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("does not authenticate");
		assertThatThrownBy(() -> cipher.decrypt(altered, "phone|A|A-1")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void refusesToStartWithoutAKeyOrWithTheDemoKeyOutsideTheDemo() {
		assertThatThrownBy(() -> cipher(null, Map.of())).hasMessageContaining("ogi.crypto.active-key");
		assertThatThrownBy(() -> cipher("k9", Map.of("k1", OLD))).hasMessageContaining("names no key");
		assertThatThrownBy(() -> cipher("demo1", Map.of("demo1", OLD))).hasMessageContaining("demo key");
		assertThatThrownBy(() -> cipher("k1", Map.of("k1", "c2hvcnQ="))).hasMessageContaining("32 bytes");
		assertThatThrownBy(() -> new ApplicantKeys(new CryptoSettings(Map.of(), null, null, false)))
			.hasMessageContaining("ogi.crypto.lookup-key");
		assertThatThrownBy(() -> cipher("k1", Map.of()).decrypt("enc:v1:gone:AAAA", "c"))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void applicantKeysAreKeyedAndIgnoreCaseAndBlanks() {
		var keys = new ApplicantKeys(new CryptoSettings(Map.of(), null, LOOKUP, false));
		var otherKeys = new ApplicantKeys(new CryptoSettings(Map.of(), null, OLD, false));

		assertThat(keys.applicantKey(" 11010519491231002x ")).isEqualTo(keys.applicantKey("11010519491231002X"))
			.hasSize(64).isNotEqualTo(otherKeys.applicantKey("11010519491231002X"));
		assertThat(ApplicantKeys.isKey(keys.applicantKey("1"))).isTrue();
		assertThat(ApplicantKeys.isKey("11010519491231002X")).isFalse();
	}
}
