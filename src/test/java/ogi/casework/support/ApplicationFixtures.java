package ogi.casework.support;

import java.time.LocalDate;

import ogi.casework.intake.ApplicantType;
import ogi.casework.intake.Channel;
import ogi.casework.intake.IdDocumentType;
import ogi.casework.intake.NewApplication;
import ogi.casework.intake.ObtainingMethod;
import ogi.casework.intake.ProvisionForm;

/** Valid applications to start from. */
public final class ApplicationFixtures {

	/** A resident ID number with a correct GB 11643 check digit. */
	public static final String RESIDENT_ID = "11010519491231002X";

	private ApplicationFixtures() {
	}

	/** A natural person's application handed in in person on {@code submittedOn}. */
	public static NewApplication anApplication(LocalDate submittedOn) {
		return new NewApplication(
				new NewApplication.Applicant(ApplicantType.NATURAL_PERSON, "张三", IdDocumentType.RESIDENT_ID_CARD,
						RESIDENT_ID, "13800138000", "zhang@example.cn", "北京市西城区某街1号"),
				"2025年本区道路维修资金的使用情况", null, ProvisionForm.ELECTRONIC, ObtainingMethod.EMAIL,
				Channel.IN_PERSON, new NewApplication.ChannelDates(submittedOn, null, null, null), false, null);
	}

	/**
	 * A resident ID number of someone born on {@code birth} with sequence {@code sequence}, its check digit computed by
	 * the ISO 7064 MOD 11-2 rule of GB 11643: for tests that need several applicants.
	 */
	public static String residentId(LocalDate birth, int sequence) {
		String body = "110105" + birth.toString().replace("-", "") + "%03d".formatted(sequence);
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * weights[i];
		}
		return body + "10X98765432".charAt(sum % 11);
	}

	/** The application of {@code idNumber} for the information with document number {@code documentNumber}. */
	public static NewApplication anApplicationFor(String idNumber, String documentNumber, LocalDate submittedOn) {
		var base = anApplication(submittedOn);
		var applicant = base.applicant();
		return new NewApplication(new NewApplication.Applicant(applicant.type(), applicant.name(),
				applicant.idDocumentType(), idNumber, applicant.phone(), applicant.email(), applicant.address()),
				"关于" + documentNumber + "的全文", documentNumber, base.provisionForm(), base.obtainingMethod(),
				base.channel(), base.dates(), false, null);
	}

	/** The JSON a clerk posts for {@link #anApplication(LocalDate)}. */
	public static String anApplicationJson(LocalDate submittedOn) {
		return anApplicationJson(submittedOn, RESIDENT_ID, "2025年本区道路维修资金的使用情况");
	}

	/** The same, from the applicant with resident ID {@code idNumber}, asking for {@code requestedInformation}. */
	public static String anApplicationJson(LocalDate submittedOn, String idNumber, String requestedInformation) {
		return """
				{"applicant": {"type": "NATURAL_PERSON", "name": "张三", "idDocumentType": "RESIDENT_ID_CARD",
				               "idNumber": "%s", "phone": "13800138000", "email": "zhang@example.cn",
				               "address": "北京市西城区某街1号"},
				 "requestedInformation": "%s",
				 "provisionForm": "ELECTRONIC", "obtainingMethod": "EMAIL",
				 "channel": "IN_PERSON", "dates": {"submittedOn": "%s"}}
				""".formatted(idNumber, requestedInformation.replace("\"", "\\\""), submittedOn);
	}
}
