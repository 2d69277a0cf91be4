package ogi.casework.fees;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A fee notice (收费通知书) with its payment window: the applicant pays within 20 working days of the day after
 * receiving it, else the application is deemed abandoned (spec F-5, row (六)2).
 */
public record FeeNotice(String agencyCode, String caseNumber, int number, FeeMethod method, int quantity,
		BigDecimal amount, String basis, LocalDate noticedOn, LocalDate receivedOn, LocalDate payableUntil,
		LocalDate paidOn, String noticedBy, Instant noticedAt) {

	public boolean isOpen() {
		return paidOn == null;
	}
}
