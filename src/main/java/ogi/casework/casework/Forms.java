package ogi.casework.casework;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ogi.casework.reply.DraftForm;

/** Request bodies of the case actions. */
public final class Forms {

	private Forms() {
	}

	/** What registration decided: accept, ask for a supplement (Art. 30), or reply on the spot (Art. 33(1)). */
	public enum RegistrationDecision {
		ACCEPT, SUPPLEMENT, ON_THE_SPOT
	}

	/**
	 * The clerk's registration.
	 *
	 * @param supplement required for {@code SUPPLEMENT}
	 * @param onTheSpotReply required for {@code ON_THE_SPOT}
	 */
	public record Registration(@NotNull RegistrationDecision decision, @Valid SupplementNotice supplement,
			@Valid DraftForm onTheSpotReply) {
	}

	/**
	 * Art. 30: one notice listing every item to supplement, and the period set for it.
	 *
	 * @param workingDays the period; the agency's default when absent
	 */
	public record SupplementNotice(@NotNull LocalDate noticedOn, @NotBlank @Size(max = 4000) String items,
			@Min(1) @Max(60) Integer workingDays) {
	}

	/**
	 * The supplement as received.
	 *
	 * @param lateReason the applicant's good reason, when the supplement came after the period (Art. 30: only a delay
	 *        without good reason abandons the application)
	 */
	public record SupplementReceived(@NotNull LocalDate receivedOn, @Size(max = 8000) String content,
			@Size(max = 2000) String lateReason) {

		public SupplementReceived(LocalDate receivedOn, String content) {
			this(receivedOn, content, null);
		}
	}

	/** A request to extend the reply period (Art. 33(2)) or to delay it reasonably (Art. 35). */
	public record ExtensionRequest(@NotNull ogi.casework.deadlines.ExtensionKind kind, @NotNull @Min(1) @Max(120) Integer workingDays,
			@NotBlank @Size(max = 4000) String reason) {
	}

	/**
	 * The office head's decision on an extension request.
	 *
	 * @param approvedOn the approval date; today when absent
	 * @param noticedOn the date of the extension notice to the applicant (延期答复告知书); required to approve
	 */
	public record ExtensionDecision(@NotNull ogi.casework.review.Verdict verdict, LocalDate approvedOn, LocalDate noticedOn,
			@Size(max = 4000) String note) {
	}

	/** Opens a joint deliberation with the colleagues (user names) who must each give an opinion. */
	public record DeliberationRequest(@NotBlank @Size(max = 2000) String topic,
			@jakarta.validation.constraints.NotEmpty @Size(max = 20) java.util.List<@NotBlank @Size(max = 64) String> participants) {
	}

	/** One participant's opinion in the deliberation. */
	public record DeliberationOpinion(@NotBlank @Size(max = 8000) String opinion) {
	}

	/** The applicant received a posted or electronic reply: the date on its return receipt or confirmation. */
	public record ReplyReceipt(@NotNull LocalDate receivedOn) {
	}

	/** Why the clerk returns the approved reply to the handler instead of delivering it. */
	public record DeliveryReturn(@NotBlank @Size(max = 2000) String reason) {
	}

	/** The applicant paid the fee. */
	public record FeePayment(@NotNull LocalDate paidOn) {
	}

	/** The office head's supervision of an overdue reply. */
	public record OverdueSupervision(@NotBlank @Size(max = 4000) String note) {
	}
}
