package ogi.casework.publication;

import java.time.Instant;
import java.util.List;

/**
 * One thing a review decides: a refusal, a partial disclosure (with its ground), or a cluster of applications from
 * several applicants asking alike — publish proactively, or keep it as it is with the reason.
 *
 * @param summary what was asked for, in the applicants' words
 * @param ground the exemption ground of a refusal or partial disclosure (Arts. 14–16), if any
 * @param applicants how many different applicants asked
 */
public record ReviewItem(long id, long reviewId, String agencyCode, Kind kind, List<String> caseNumbers,
		String summary, String ground, int applicants, Decision decision, String reason, Long publishedItemId,
		String decidedBy, Instant decidedAt) {

	public ReviewItem {
		caseNumbers = List.copyOf(caseNumbers);
	}

	public boolean decided() {
		return decision != null;
	}

	/** What the item is. */
	public enum Kind {
		/** 不予公开: a refusal (Art. 36(3)). */
		REFUSAL,
		/** 部分公开: a partial disclosure (Art. 37). */
		PARTIAL,
		/** 依申请公开较为集中的信息: several applicants asked alike (Art. 44(1)). */
		CLUSTER
	}

	/** What legal staff or the head decided. */
	public enum Decision {
		/** Publish proactively (Art. 44(1)). */
		PUBLISH,
		/** Keep as it is, with the reason. */
		KEEP
	}
}
