package ogi.casework.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Keyed hashes (HMAC-SHA256 under {@code ogi.crypto.lookup-key}) that stand in for personal data where a value is
 * only compared: the applicant key finds an applicant's applications (repeats, fees per applicant and month, frequent
 * applicants, remedy history) without storing or indexing the identity number. Unlike a plain SHA-256, it cannot be
 * reversed by hashing every possible identity number without the key.
 */
@Component
public class ApplicantKeys {

	private final SecretKeySpec key;

	public ApplicantKeys(CryptoSettings settings) {
		if (settings.lookupKey() == null || settings.lookupKey().isBlank()) {
			throw new IllegalStateException("No ogi.crypto.lookup-key: configure the HMAC key for applicant look-ups "
					+ "(base64 of 32 random bytes; environment OGI_CRYPTO_LOOKUP_KEY)");
		}
		byte[] raw = PersonalDataCipher.decode("ogi.crypto.lookup-key", settings.lookupKey());
		if (raw.length < 32) {
			throw new IllegalStateException("ogi.crypto.lookup-key must be at least 32 bytes, not " + raw.length);
		}
		this.key = new SecretKeySpec(raw, "HmacSHA256");
	}

	/** The applicant key of an identity number as registered (blanks stripped, letters upper case), or null. */
	public String applicantKey(String idNumber) {
		if (idNumber == null || idNumber.isBlank()) {
			return null;
		}
		return hash("applicant:" + idNumber.strip().toUpperCase(Locale.ROOT));
	}

	/** The keyed hash of {@code value}, as 64 lower-case hex digits. */
	public String hash(String value) {
		return hash(value.getBytes(StandardCharsets.UTF_8));
	}

	/** The keyed hash of {@code bytes}, as 64 lower-case hex digits. */
	public String hash(byte[] bytes) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return HexFormat.of().formatHex(mac.doFinal(bytes));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is not available", e);
		}
	}

	/** Whether {@code value} has the form of a key this class makes (so legacy plain values can be told apart). */
	public static boolean isKey(String value) {
		return value != null && value.length() == 64 && value.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
	}
}
