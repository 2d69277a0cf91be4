package ogi.casework.portal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import org.altcha.altcha.Altcha;
import org.json.JSONObject;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Proof-of-work challenges (ALTCHA) on the portal's submission and look-up: the browser must find the number whose
 * SHA-256 with the challenge's salt gives the challenge, which costs a person a moment and a robot sending thousands of
 * requests a great deal. A challenge is signed by the server, expires, and is accepted once.
 */
@Component
class Challenges {

	private final PortalSettings settings;

	private final UsedChallenges used;

	private final Clock clock;

	private final String key;

	Challenges(PortalSettings settings, UsedChallenges used, Clock clock) {
		this.settings = settings;
		this.used = used;
		this.clock = clock;
		this.key = settings.challengeKey().isBlank() ? randomKey() : settings.challengeKey();
	}

	/** A new challenge, as the page's script reads it. */
	Challenge create() {
		try {
			var options = new Altcha.ChallengeOptions().setHmacKey(key).setMaxNumber(settings.challengeMaxNumber())
					.setExpiresInSeconds(settings.challengeTtl().toSeconds());
			var challenge = Altcha.createChallenge(options);
			return new Challenge(challenge.algorithm, challenge.challenge, challenge.maxnumber, challenge.salt,
					challenge.signature);
		}
		catch (Exception e) {
			throw new IllegalStateException("Cannot create a proof-of-work challenge", e);
		}
	}

	/**
	 * Accepts a solved challenge once; called outside the request's transaction, so that a request refused later
	 * (a wrong query code, an application that breaks a rule) has spent its challenge all the same.
	 *
	 * @throws Refused when it is missing, wrong or expired, or was used before
	 */
	void accept(String payload) {
		if (payload == null || payload.isBlank()) {
			throw new Refused("altcha", "challengeMissing");
		}
		String signature;
		try {
			if (!Altcha.verifySolution(payload, key, true)) {
				throw new Refused("altcha", "challengeFailed");
			}
			signature = new JSONObject(new String(Base64.getDecoder().decode(payload), StandardCharsets.UTF_8))
					.getString("signature");
		}
		catch (Refused refused) {
			throw refused;
		}
		catch (Exception malformed) {
			throw new Refused("altcha", "challengeFailed");
		}
		Instant now = Instant.now(clock);
		used.forgetBefore(now.minus(settings.challengeTtl().multipliedBy(2)));
		try {
			used.insert(signature, now);
		}
		catch (DuplicateKeyException replayed) {
			throw new Refused("altcha", "challengeUsed");
		}
	}

	/** A challenge as the browser receives it. */
	record Challenge(String algorithm, String challenge, long maxNumber, String salt, String signature) {
	}

	private static String randomKey() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}
}
