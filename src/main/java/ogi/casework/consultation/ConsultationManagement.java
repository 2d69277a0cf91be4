package ogi.casework.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.NotFound;

/** Sends consultation requests and records their answers. */
@Service
public class ConsultationManagement {

	private final Consultations consultations;

	private final Clock clock;

	ConsultationManagement(Consultations consultations, Clock clock) {
		this.consultations = consultations;
		this.clock = clock;
	}

	@Transactional
	public Consultation request(String agencyCode, String caseNumber, ConsultationForm form, CurrentUser handler) {
		var consultation = new Consultation(agencyCode, caseNumber, consultations.of(agencyCode, caseNumber).size() + 1,
				form.kind(), form.party().strip(), form.question().strip(), form.sentOn(), null, null, null,
				handler.username(), Instant.now(clock), null);
		consultations.insert(consultation);
		return consultation;
	}

	@Transactional
	public Consultation answer(String agencyCode, String caseNumber, int number, AnswerForm form, CurrentUser handler) {
		var consultation = of(agencyCode, caseNumber).stream().filter(c -> c.number() == number).findFirst()
				.orElseThrow(() -> new NotFound("Case " + caseNumber + " has no consultation " + number));
		if (!consultation.isPending()) {
			throw InvalidInput.of("number", "pending", "Consultation " + number + " was answered already");
		}
		if (form.answeredOn().isBefore(consultation.sentOn())) {
			throw InvalidInput.of("answeredOn", "order", "The answer cannot precede the letter sent on "
					+ consultation.sentOn());
		}
		consultations.answer(agencyCode, caseNumber, number, form, handler.username());
		return of(agencyCode, caseNumber).get(number - 1);
	}

	/** Records that the consulted party did not answer within its window, ending on {@code windowEnd}. */
	@Transactional
	public void recordSilence(String agencyCode, String caseNumber, int number, java.time.LocalDate windowEnd,
			String actor) {
		consultations.answer(agencyCode, caseNumber, number,
				new AnswerForm(Opinion.NO_ANSWER, "No answer within the window", windowEnd), actor);
	}

	@Transactional(readOnly = true)
	public List<Consultation> of(String agencyCode, String caseNumber) {
		return consultations.of(agencyCode, caseNumber);
	}

	@Transactional(readOnly = true)
	public boolean anyPending(String agencyCode, String caseNumber) {
		return of(agencyCode, caseNumber).stream().anyMatch(Consultation::isPending);
	}
}
