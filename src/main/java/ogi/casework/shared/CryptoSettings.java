package ogi.casework.shared;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The keys that protect applicants' personal data at rest. Identity numbers, phones, e-mails and addresses are stored
 * encrypted with AES-256-GCM under {@code activeKey}; every ciphertext names its key, so older keys listed in
 * {@code keys} still decrypt until the re-encryption job has moved their data to the active key. Look-ups by identity
 * number use an HMAC-SHA256 under the separate {@code lookupKey}, never the number itself.
 *
 * @param keys AES-256 keys by key id ({@code ogi.crypto.keys.<keyId>=<base64 of 32 bytes>}); key ids are letters,
 *        digits, {@code -} and {@code _}
 * @param activeKey the key id new data is encrypted with
 * @param lookupKey the HMAC key (base64, at least 32 bytes) for applicant keys and request fingerprints; changing it
 *        orphans every stored applicant key, so it is not rotated in place
 * @param allowDemoKeys whether keys whose id starts with {@code demo} (published in the demo profile) may be used —
 *        never in production
 */
@ConfigurationProperties("ogi.crypto")
public record CryptoSettings(Map<String, String> keys, String activeKey, String lookupKey,
		@DefaultValue("false") boolean allowDemoKeys) {

	public CryptoSettings {
		keys = keys == null ? Map.of() : Map.copyOf(keys);
	}
}
