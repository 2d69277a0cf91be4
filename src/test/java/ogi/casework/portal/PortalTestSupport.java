package ogi.casework.portal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import org.altcha.altcha.Altcha;
import org.json.JSONObject;
import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * What the portal's tests share: a real SMTP server in the test JVM (GreenMail, on a free port), the settings that
 * open the portal for ALPHA, a solver for the proof-of-work challenge, valid identity numbers and files.
 */
public final class PortalTestSupport {

	/** One SMTP server per test JVM, started before any context reads its port. */
	public static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		MAIL.start();
	}

	public static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	public static final byte[] PDF = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
			.getBytes(StandardCharsets.ISO_8859_1);

	private PortalTestSupport() {
	}

	public static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "localhost");
		registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
		registry.add("ogi.portal.agencies.ALPHA.enabled", () -> "true");
		registry.add("ogi.portal.agencies.ALPHA.office", () -> "ALPHA 区政务服务中心一楼");
		registry.add("ogi.portal.challenge-max-number", () -> "2000");
		registry.add("ogi.portal.submissions-per-client", () -> "1000");
		registry.add("ogi.portal.look-ups-per-client", () -> "1000");
	}

	/** Solves a challenge as the page's script does, and returns the form field's value. */
	static String solve(Challenges.Challenge challenge) {
		try {
			var solution = Altcha.solveChallenge(challenge.challenge(), challenge.salt(), Altcha.Algorithm.SHA256,
					challenge.maxNumber(), 0);
			var payload = new JSONObject().put("algorithm", challenge.algorithm()).put("challenge", challenge.challenge())
					.put("number", solution.number).put("salt", challenge.salt()).put("signature", challenge.signature());
			return Base64.getEncoder().encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** A resident ID number with a correct check digit. */
	static String residentId(LocalDate birth, int sequence) {
		return ogi.casework.support.ApplicationFixtures.residentId(birth, sequence);
	}
}
