package ogi.casework.intake;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An application as the clerk logs it: the content Art. 29(2) requires and the dates that fix the receipt date
 * under Art. 31.
 *
 * @param applicant Art. 29(2)(一): name, identity proof, contact
 * @param requestedInformation Art. 29(2)(二): the name, document number or descriptive features of the information
 * @param documentNumber the document number (文号), where the applicant gave one
 * @param provisionForm Art. 29(2)(三): the form asked for
 * @param obtainingMethod Art. 29(2)(三): the way asked for
 * @param channel how the application arrived
 * @param dates the channel's dates (Art. 31)
 * @param needsAssistance Art. 43: reading difficulty or visual/hearing impairment
 * @param purpose optional; no need test since 2019 (spec R-27)
 * @param confirmDuplicate true when the clerk confirms that this is a new application although the same applicant's
 *        application asking for the same information was logged with the same receipt date (otherwise 409
 *        {@code possibleDuplicate})
 */
public record NewApplication(
		@NotNull @Valid Applicant applicant,
		@NotBlank @Size(max = 4000) String requestedInformation,
		@Size(max = 200) String documentNumber,
		@NotNull ProvisionForm provisionForm,
		@NotNull ObtainingMethod obtainingMethod,
		@NotNull Channel channel,
		@NotNull @Valid ChannelDates dates,
		Boolean needsAssistance,
		@Size(max = 2000) String purpose,
		Boolean confirmDuplicate) {

	/** An application without a duplicate confirmation. */
	public NewApplication(Applicant applicant, String requestedInformation, String documentNumber,
			ProvisionForm provisionForm, ObtainingMethod obtainingMethod, Channel channel, ChannelDates dates,
			Boolean needsAssistance, String purpose) {
		this(applicant, requestedInformation, documentNumber, provisionForm, obtainingMethod, channel, dates,
				needsAssistance, purpose, null);
	}

	/** The same application, confirmed as new although it looks like a duplicate. */
	public NewApplication confirmedAsNew() {
		return new NewApplication(applicant, requestedInformation, documentNumber, provisionForm, obtainingMethod,
				channel, dates, needsAssistance, purpose, true);
	}

	/** Art. 29(2)(一): who applies. */
	public record Applicant(
			@NotNull ApplicantType type,
			@NotBlank @Size(max = 200) String name,
			@NotNull IdDocumentType idDocumentType,
			@NotBlank @Size(max = 64) String idNumber,
			@Pattern(regexp = "\\+?[0-9 ()-]{5,32}", message = "must be a telephone number") @Size(max = 32) String phone,
			@Email @Size(max = 200) String email,
			@Size(max = 500) String address) {
	}

	/**
	 * The dates a channel needs: {@code submittedOn} (in person, internet), {@code signedForOn} (signed post),
	 * {@code arrivedOn} (ordinary post, fax), {@code confirmedOn} (ordinary post, internet, fax). Other dates may be
	 * given (e.g. the posting date of signed post as {@code submittedOn}); every date given is checked for order:
	 * sent or handed in, arrived, then signed for or confirmed.
	 */
	public record ChannelDates(LocalDate submittedOn, LocalDate signedForOn, LocalDate arrivedOn,
			LocalDate confirmedOn) {
	}
}
