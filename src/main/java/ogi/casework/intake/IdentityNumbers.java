package ogi.casework.intake;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Check-digit rules for Chinese identity numbers. */
final class IdentityNumbers {

	private static final int[] RESIDENT_ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String RESIDENT_ID_CHECK = "10X98765432";

	private static final String CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] CREDIT_CODE_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private IdentityNumbers() {
	}

	/**
	 * GB 11643-1999: 17 digits (6 region, 8 birth date, 3 sequence) and an ISO 7064 MOD 11-2 check character; the
	 * birth date must be a real date, not after {@code today}.
	 */
	static boolean isValidResidentId(String number, LocalDate today) {
		if (number == null || !number.matches("\\d{17}[\\dX]")) {
			return false;
		}
		try {
			var birth = LocalDate.of(Integer.parseInt(number.substring(6, 10)),
					Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14)));
			if (birth.isAfter(today) || birth.getYear() < 1900) {
				return false;
			}
		}
		catch (DateTimeException e) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (number.charAt(i) - '0') * RESIDENT_ID_WEIGHTS[i];
		}
		return RESIDENT_ID_CHECK.charAt(sum % 11) == number.charAt(17);
	}

	/** GB 32100-2015: 17 characters from the code alphabet and a MOD 31 check character. */
	static boolean isValidUnifiedSocialCreditCode(String code) {
		if (code == null || code.length() != 18) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int value = CREDIT_CODE_CHARS.indexOf(code.charAt(i));
			if (value < 0) {
				return false;
			}
			sum += value * CREDIT_CODE_WEIGHTS[i];
		}
		int check = (31 - sum % 31) % 31;
		return CREDIT_CODE_CHARS.charAt(check) == code.charAt(17);
	}
}
