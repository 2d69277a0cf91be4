package ogi.casework.portal;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The applicant portal, {@code ogi.portal.*}: which agencies accept online applications and what their guide says
 * about where to apply, and the agency's choices against abuse (upload size, proof-of-work cost, rate limits).
 *
 * @param agencies per agency code: {@code enabled} turns the portal on for the agency, the rest fills its guide
 * @param maxUploadSize the largest identity proof or supplement file accepted
 * @param challengeKey the HMAC key that signs proof-of-work challenges; the same on every node of a cluster (a random
 *        key per start when empty, which suits a single node)
 * @param challengeMaxNumber the proof-of-work cost: the browser tries up to this many hashes (ALTCHA)
 * @param challengeTtl how long a challenge can be solved and used, once
 * @param submissionsPerClient applications one client address may submit per hour
 * @param submissionsPerIdentity applications one identity number may submit per day
 * @param lookUpsPerClient status look-ups one client address may make per hour
 * @param lookUpsPerCase look-ups of one case number per hour (guessing a query code)
 * @param mailFrom the sender of the e-mails to applicants
 * @param baseUrl the portal's public address, for the links in e-mails
 */
@ConfigurationProperties("ogi.portal")
record PortalSettings(
		Map<String, AgencyPortal> agencies,
		@DefaultValue("5MB") DataSize maxUploadSize,
		@DefaultValue("") String challengeKey,
		@DefaultValue("50000") long challengeMaxNumber,
		@DefaultValue("10m") Duration challengeTtl,
		@DefaultValue("5") int submissionsPerClient,
		@DefaultValue("3") int submissionsPerIdentity,
		@DefaultValue("30") int lookUpsPerClient,
		@DefaultValue("10") int lookUpsPerCase,
		@DefaultValue("noreply@ogi.example.cn") String mailFrom,
		@DefaultValue("http://localhost:8080") String baseUrl) {

	PortalSettings {
		agencies = agencies == null ? Map.of() : Map.copyOf(agencies);
	}

	/** Whether the agency accepts applications on the portal. */
	boolean accepts(String agencyCode) {
		var agency = agencies.get(agencyCode);
		return agency != null && agency.enabled();
	}

	AgencyPortal of(String agencyCode) {
		return agencies.getOrDefault(agencyCode, new AgencyPortal(false, null, null, null, null, null));
	}

	/**
	 * One agency on the portal, for its guide (申请指南).
	 *
	 * @param enabled whether it accepts online applications
	 * @param office where applications are handed in in person (受理地点)
	 * @param postalAddress where applications are posted to (邮寄地址, with postcode)
	 * @param officeHours when the office receives applicants
	 * @param phone the consultation telephone
	 * @param fax the fax number, if the agency accepts faxed applications
	 */
	record AgencyPortal(boolean enabled, String office, String postalAddress, String officeHours, String phone,
			String fax) {
	}
}
