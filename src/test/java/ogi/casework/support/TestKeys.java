package ogi.casework.support;

import java.util.Map;

import ogi.casework.shared.ApplicantKeys;
import ogi.casework.shared.CryptoSettings;
import ogi.casework.shared.PersonalDataCipher;

/** The test profile's keys (application-test.yaml), for unit tests that build modules by hand. */
public final class TestKeys {

	public static final CryptoSettings SETTINGS = new CryptoSettings(
			Map.of("test1", "k19pvbMmykPDoAVYNwNGjHAMWFgKUCkcOx7fWTyytJc="), "test1",
			"Kw/2mmlsRcujQ73vj26L7xVcAp3tr6x2V8PeqDpsQzU=", false);

	public static final ApplicantKeys APPLICANT_KEYS = new ApplicantKeys(SETTINGS);

	public static final PersonalDataCipher CIPHER = new PersonalDataCipher(SETTINGS);

	private TestKeys() {
	}
}
