package ogi.casework.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Authenticated encryption of personal data at rest: AES-256-GCM with a fresh 96-bit random nonce per value and a
 * 128-bit tag. A stored value is a token {@code enc:v1:<keyId>:<base64url(nonce ‖ ciphertext ‖ tag)>}; the key id
 * lets older keys still decrypt after a rotation. Each value is bound to its place by the associated data
 * ({@code context}, e.g. the field, agency and case number), so a ciphertext copied into another row or field does
 * not decrypt there.
 * <p>
 * A value without the {@code enc:} prefix is legacy plain text written before encryption; it reads as it is, and the
 * re-encryption job replaces it.
 */
@Component
public class PersonalDataCipher {

	static final String PREFIX = "enc:v1:";

	private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final Map<String, SecretKey> keys;

	private final String activeKey;

	private final SecureRandom random = new SecureRandom();

	public PersonalDataCipher(CryptoSettings settings) {
		this.keys = keys(settings);
		this.activeKey = settings.activeKey();
		if (activeKey == null || activeKey.isBlank()) {
			throw new IllegalStateException("No ogi.crypto.active-key: personal data cannot be stored unencrypted. "
					+ "Configure ogi.crypto.keys.<keyId> (base64 of 32 random bytes, e.g. `openssl rand -base64 32`) "
					+ "and ogi.crypto.active-key=<keyId> (environment: OGI_CRYPTO_KEYS_<KEYID>, OGI_CRYPTO_ACTIVE_KEY)");
		}
		if (!keys.containsKey(activeKey)) {
			throw new IllegalStateException("ogi.crypto.active-key=" + activeKey
					+ " names no key in ogi.crypto.keys (configured: " + keys.keySet() + ")");
		}
	}

	/** Encrypts {@code plaintext} under the active key, bound to {@code context}; {@code null} stays {@code null}. */
	public String encrypt(String plaintext, String context) {
		if (plaintext == null) {
			return null;
		}
		byte[] nonce = new byte[NONCE_BYTES];
		random.nextBytes(nonce);
		byte[] sealed = crypt(Cipher.ENCRYPT_MODE, keys.get(activeKey), nonce, context,
				plaintext.getBytes(StandardCharsets.UTF_8), 0);
		byte[] out = new byte[NONCE_BYTES + sealed.length];
		System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
		System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
		return PREFIX + activeKey + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
	}

	/**
	 * Decrypts a token written by {@link #encrypt} for the same {@code context}; legacy plain text (no prefix) is
	 * returned as it is.
	 *
	 * @throws IllegalStateException when the key is not configured, or the value was altered or belongs elsewhere
	 */
	public String decrypt(String stored, String context) {
		if (stored == null || !isEncrypted(stored)) {
			return stored;
		}
		String keyId = keyIdOf(stored);
		SecretKey key = keys.get(keyId);
		if (key == null) {
			throw new IllegalStateException("Personal data is encrypted under key '" + keyId
					+ "', which is not configured in ogi.crypto.keys: keep retired keys until re-encryption is done");
		}
		byte[] in;
		try {
			in = Base64.getUrlDecoder().decode(stored.substring(PREFIX.length() + keyId.length() + 1));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException("A stored personal-data value is damaged (not base64)");
		}
		if (in.length < NONCE_BYTES + TAG_BITS / 8) {
			throw new IllegalStateException("A stored personal-data value is damaged (too short)");
		}
		byte[] nonce = java.util.Arrays.copyOf(in, NONCE_BYTES);
		return new String(crypt(Cipher.DECRYPT_MODE, key, nonce, context, in, NONCE_BYTES), StandardCharsets.UTF_8);
	}

	/** Whether {@code stored} is a token rather than legacy plain text. */
	public static boolean isEncrypted(String stored) {
		return stored != null && stored.startsWith(PREFIX);
	}

	/** Whether {@code stored} should be rewritten: legacy plain text, or encrypted under a key that is not active. */
	public boolean needsReencryption(String stored) {
		return stored != null && (!isEncrypted(stored) || !activeKey.equals(keyIdOf(stored)));
	}

	/** The key id a token names. */
	public static String keyIdOf(String token) {
		int end = token.indexOf(':', PREFIX.length());
		if (!isEncrypted(token) || end < 0) {
			throw new IllegalArgumentException("not an encrypted value");
		}
		return token.substring(PREFIX.length(), end);
	}

	public String activeKey() {
		return activeKey;
	}

	private static byte[] crypt(int mode, SecretKey key, byte[] nonce, String context, byte[] input, int offset) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(input, offset, input.length - offset);
		}
		catch (javax.crypto.AEADBadTagException e) {
			throw new IllegalStateException("A stored personal-data value does not authenticate: it was altered, "
					+ "or copied from another record or field");
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM is not available: " + e.getMessage(), e);
		}
	}

	private static Map<String, SecretKey> keys(CryptoSettings settings) {
		Map<String, SecretKey> keys = new LinkedHashMap<>();
		settings.keys().forEach((id, base64) -> {
			if (!KEY_ID.matcher(id).matches()) {
				throw new IllegalStateException("ogi.crypto.keys: key id '" + id
						+ "' may only hold letters, digits, - and _ (at most 32)");
			}
			if (id.toLowerCase(java.util.Locale.ROOT).startsWith("demo") && !settings.allowDemoKeys()) {
				throw new IllegalStateException("ogi.crypto.keys." + id + " is the published demo key; configure a "
						+ "key of your own (the demo key is allowed only with ogi.crypto.allow-demo-keys=true)");
			}
			byte[] raw = decode("ogi.crypto.keys." + id, base64);
			if (raw.length != 32) {
				throw new IllegalStateException("ogi.crypto.keys." + id + " must be 32 bytes (AES-256), not "
						+ raw.length);
			}
			keys.put(id, new SecretKeySpec(raw, "AES"));
		});
		return Map.copyOf(keys);
	}

	static byte[] decode(String property, String base64) {
		try {
			return Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException(property + " is not valid base64");
		}
	}
}
