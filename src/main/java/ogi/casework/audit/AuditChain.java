package ogi.casework.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * How an audit entry is chained to the one before it in its chain (one of its agency's {@link #STRIPES} chains):
 * {@code hash = SHA-256(previous hash ‖ canonical entry)}, the first entry's previous hash being {@link #GENESIS}.
 * The canonical form lists the chain position, agency, case, action, actor, instant (epoch milliseconds, as stored)
 * and statuses and detail, each length-prefixed so that no two different entries serialise alike. A changed, removed
 * or inserted row breaks every link after it; only someone who also rewrites every later hash and the chain head can
 * hide it, which the heads logged by each verification expose.
 */
final class AuditChain {

	/** The previous hash of the first entry of a chain. */
	static final String GENESIS = "0".repeat(64);

	/**
	 * How many chains (stripes) each agency's trail is kept in (V65): appends of cases in different stripes lock
	 * different chain heads. Each entry stores its stripe, so changing this number later only spreads new entries
	 * differently; the entries written before V65 are stripe 0.
	 */
	static final int STRIPES = 16;

	private static final String VERSION = "ogi-audit-v1";

	private AuditChain() {
	}

	/**
	 * The stripe of a case's entries: the same for every entry of the case, so that its history is one ordered chain;
	 * entries without a case go to stripe 0. {@link String#hashCode()} is fixed by the Java specification, so every
	 * node and every release picks the same stripe.
	 */
	static int stripe(String caseNumber) {
		return caseNumber == null ? 0 : Math.floorMod(caseNumber.hashCode(), STRIPES);
	}

	/** The hash of an entry at position {@code seq} that follows {@code previousHash}. */
	static String hash(String previousHash, long seq, String agencyCode, String caseNumber, String action,
			String actor, Instant at, String fromStatus, String toStatus, String detail) {
		var canonical = new StringBuilder(VERSION).append('\n');
		field(canonical, previousHash);
		field(canonical, Long.toString(seq));
		field(canonical, agencyCode);
		field(canonical, caseNumber);
		field(canonical, action);
		field(canonical, actor);
		field(canonical, Long.toString(at.toEpochMilli()));
		field(canonical, fromStatus);
		field(canonical, toStatus);
		field(canonical, detail);
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
					.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** {@code ~;} for null, else {@code <UTF-8 length>:<value>;}. */
	private static void field(StringBuilder out, String value) {
		if (value == null) {
			out.append("~;");
		}
		else {
			out.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value).append(';');
		}
	}
}
