package ogi.casework.intake;

import org.springframework.stereotype.Component;

import ogi.casework.shared.ApplicantKeys;
import ogi.casework.shared.PersonalDataCipher;

/**
 * The applicant's personal data at rest: identity number, phone, e-mail and address encrypted (AES-GCM, bound to the
 * field, agency and case), and the applicant key for look-ups. Everything else of an application is stored as it is.
 */
@Component
class ApplicantData {

	private final PersonalDataCipher cipher;

	private final ApplicantKeys keys;

	ApplicantData(PersonalDataCipher cipher, ApplicantKeys keys) {
		this.cipher = cipher;
		this.keys = keys;
	}

	/** The application with its personal data encrypted, as stored and as archived. */
	Application sealed(Application application) {
		return application.withPersonalData(encrypt("idNumber", application, application.idNumber()),
				encrypt("phone", application, application.phone()), encrypt("email", application, application.email()),
				encrypt("address", application, application.address()));
	}

	/** The stored application with its personal data decrypted (legacy plain text reads as it is). */
	Application opened(Application stored) {
		return stored.withPersonalData(decrypt("idNumber", stored, stored.idNumber()),
				decrypt("phone", stored, stored.phone()), decrypt("email", stored, stored.email()),
				decrypt("address", stored, stored.address()));
	}

	/**
	 * Stored personal data moved to the active key: legacy plain text encrypted, values under a retired key decrypted
	 * and encrypted again, and the applicant key computed.
	 */
	Applications.StoredPersonalData reencrypted(Applications.StoredPersonalData stored) {
		String agency = stored.agencyCode();
		String caseNumber = stored.caseNumber();
		String idNumber = cipher.decrypt(stored.idNumber(), context("idNumber", agency, caseNumber));
		return new Applications.StoredPersonalData(agency, caseNumber,
				again("idNumber", agency, caseNumber, stored.idNumber()),
				again("phone", agency, caseNumber, stored.phone()), again("email", agency, caseNumber, stored.email()),
				again("address", agency, caseNumber, stored.address()), keys.applicantKey(idNumber));
	}

	String activeKey() {
		return cipher.activeKey();
	}

	/** The start of every value under the active key, escaped for LIKE. */
	String activePrefixPattern() {
		String prefix = "enc:v1:" + cipher.activeKey() + ":";
		return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private String again(String field, String agency, String caseNumber, String stored) {
		if (!cipher.needsReencryption(stored)) {
			return stored;
		}
		String context = context(field, agency, caseNumber);
		return cipher.encrypt(cipher.decrypt(stored, context), context);
	}

	/** The applicant key of an identity number. */
	String key(String idNumber) {
		return keys.applicantKey(idNumber);
	}

	private String encrypt(String field, Application application, String value) {
		return cipher.encrypt(value, context(field, application.agencyCode(), application.caseNumber()));
	}

	private String decrypt(String field, Application application, String value) {
		return cipher.decrypt(value, context(field, application.agencyCode(), application.caseNumber()));
	}

	/** The associated data that binds a value to its field, agency and case. */
	private static String context(String field, String agencyCode, String caseNumber) {
		return "applicant." + field + "|" + agencyCode + "|" + caseNumber;
	}
}
