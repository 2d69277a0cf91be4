package ogi.casework.consultation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.AccountManagement;
import ogi.casework.accounts.CurrentUser;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.NotFound;
import ogi.casework.shared.ReadsOnly;

/** Sends consultation requests and records their answers. */
@Service
public class ConsultationManagement {

	private final Consultations consultations;

	private final Deliberations deliberations;

	private final AccountManagement accounts;

	private final Clock clock;

	ConsultationManagement(Consultations consultations, Deliberations deliberations, AccountManagement accounts,
			Clock clock) {
		this.consultations = consultations;
		this.deliberations = deliberations;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Asks another department of the agency to search (协查) and answer by a due date. */
	@Transactional
	public Assistance requestAssistance(String agencyCode, String caseNumber, AssistanceForm form, CurrentUser handler) {
		if (form.dueOn().isBefore(form.askedOn())) {
			throw InvalidInput.of("dueOn", "order", "The answer cannot be due before the request");
		}
		var assistance = new Assistance(agencyCode, caseNumber, assistance(agencyCode, caseNumber).size() + 1,
				form.department().strip(), form.request().strip(), form.askedOn(), form.dueOn(), null, null, null, null,
				handler.username(), Instant.now(clock), null);
		deliberations.insertAssistance(assistance);
		return assistance;
	}

	/** Records a department's answer: found or not, and what it searched. */
	@Transactional
	public Assistance answerAssistance(String agencyCode, String caseNumber, int number, AssistanceAnswerForm form,
			CurrentUser handler) {
		var request = assistance(agencyCode, caseNumber).stream().filter(a -> a.number() == number).findFirst()
				.orElseThrow(() -> new NotFound("Case " + caseNumber + " has no assistance request " + number));
		if (!request.isPending()) {
			throw InvalidInput.of("number", "pending", "Assistance request " + number + " was answered already");
		}
		if (form.answeredOn().isBefore(request.askedOn())) {
			throw InvalidInput.of("answeredOn", "order", "The answer cannot precede the request of " + request.askedOn());
		}
		deliberations.answerAssistance(agencyCode, caseNumber, number, form, handler.username());
		return assistance(agencyCode, caseNumber).get(number - 1);
	}

	@ReadsOnly
	public List<Assistance> assistance(String agencyCode, String caseNumber) {
		return deliberations.assistance(agencyCode, caseNumber);
	}

	/** Opens the joint deliberation (会商) of a difficult case with the colleagues who must give an opinion. */
	@Transactional
	public Deliberation openDeliberation(String agencyCode, String caseNumber, String topic, List<String> participants,
			CurrentUser handler) {
		if (deliberations.deliberation(agencyCode, caseNumber).isPresent()) {
			throw InvalidInput.of("deliberation", "once", "Case " + caseNumber + " is under deliberation already");
		}
		var distinct = participants.stream().map(String::strip).distinct().toList();
		for (int i = 0; i < distinct.size(); i++) {
			var user = accounts.findUser(distinct.get(i));
			if (user.isEmpty() || !user.get().agencyCode().equals(agencyCode)) {
				throw InvalidInput.of("participants[" + i + "]", "colleague",
						"No user " + distinct.get(i) + " in your agency");
			}
		}
		deliberations.insertDeliberation(agencyCode, caseNumber, topic, handler.username(), Instant.now(clock));
		distinct.forEach(participant -> deliberations.insertParticipant(agencyCode, caseNumber, participant));
		return deliberation(agencyCode, caseNumber).orElseThrow();
	}

	/** A participant records their opinion. */
	@Transactional
	public Deliberation recordOpinion(String agencyCode, String caseNumber, String opinion, CurrentUser participant) {
		var deliberation = deliberation(agencyCode, caseNumber)
				.orElseThrow(() -> new NotFound("Case " + caseNumber + " is not under deliberation"));
		if (!deliberation.awaiting().contains(participant.username())) {
			throw new ActionNotAllowed("participant", deliberation.participants().contains(participant.username())
					? "You gave your opinion already" : "You are not a participant of this deliberation");
		}
		deliberations.recordOpinion(agencyCode, caseNumber, participant.username(), opinion, Instant.now(clock));
		return deliberation(agencyCode, caseNumber).orElseThrow();
	}

	@ReadsOnly
	public java.util.Optional<Deliberation> deliberation(String agencyCode, String caseNumber) {
		return deliberations.deliberation(agencyCode, caseNumber)
				.map(row -> new Deliberation(agencyCode, caseNumber, row.topic(),
						deliberations.participants(agencyCode, caseNumber),
						deliberations.opinions(agencyCode, caseNumber), row.openedBy(), row.openedAt()));
	}

	@Transactional
	public Consultation request(String agencyCode, String caseNumber, ConsultationForm form, CurrentUser handler) {
		if (form.receivedOn() != null && form.receivedOn().isBefore(form.sentOn())) {
			throw InvalidInput.of("receivedOn", "order", "The letter cannot be received before it was sent");
		}
		var consultation = new Consultation(agencyCode, caseNumber, consultations.of(agencyCode, caseNumber).size() + 1,
				form.kind(), form.party().strip(), form.question().strip(), form.sentOn(), null, null, null,
				handler.username(), Instant.now(clock), null, form.receivedOn());
		consultations.insert(consultation);
		return consultation;
	}

	/**
	 * Records the consulted party's answer. An answer may replace a recorded silence: the silence was the process's
	 * conclusion on the dates it knew; the answer is the fact.
	 */
	@Transactional
	public Consultation answer(String agencyCode, String caseNumber, int number, AnswerForm form, CurrentUser handler) {
		var consultation = find(agencyCode, caseNumber, number);
		if (!consultation.isPending() && !consultation.isSilent()) {
			throw InvalidInput.of("number", "pending", "Consultation " + number + " was answered already");
		}
		if (form.opinion() == Opinion.NO_ANSWER) {
			throw InvalidInput.of("opinion", "answer",
					"Silence is recorded by the process when the window passes; record what the party answered");
		}
		if (form.answeredOn().isBefore(consultation.sentOn())) {
			throw InvalidInput.of("answeredOn", "order", "The answer cannot precede the letter sent on "
					+ consultation.sentOn());
		}
		consultations.answer(agencyCode, caseNumber, number, form, handler.username());
		return find(agencyCode, caseNumber, number);
	}

	/** The consulted party received the letter on {@code receivedOn}: its window runs from then (Arts. 32, 34). */
	@Transactional
	public Consultation recordLetterReceipt(String agencyCode, String caseNumber, int number, LocalDate receivedOn) {
		var consultation = find(agencyCode, caseNumber, number);
		if (receivedOn.isBefore(consultation.sentOn())) {
			throw InvalidInput.of("receivedOn", "order", "Consultation letter " + number + " was sent on "
					+ consultation.sentOn() + "; it cannot have been received before");
		}
		consultations.recordLetterReceipt(agencyCode, caseNumber, number, receivedOn);
		return find(agencyCode, caseNumber, number);
	}

	/** The date the consultation letter gave the party to answer by, as the letter went out (Arts. 32, 34). */
	@Transactional
	public void recordReplyByGiven(String agencyCode, String caseNumber, int number, LocalDate replyBy) {
		consultations.recordReplyByGiven(agencyCode, caseNumber, number, replyBy);
	}

	/** That date; null for letters sent before it was kept. */
	@ogi.casework.shared.ReadsOnly
	public LocalDate replyByGiven(String agencyCode, String caseNumber, int number) {
		return consultations.replyByGiven(agencyCode, caseNumber, number);
	}

	/** A silence recorded on a window that, by a receipt recorded later, has not ended yet: the party may still answer. */
	@Transactional
	public void withdrawSilence(String agencyCode, String caseNumber, int number) {
		consultations.withdrawSilence(agencyCode, caseNumber, number);
	}

	private Consultation find(String agencyCode, String caseNumber, int number) {
		return of(agencyCode, caseNumber).stream().filter(c -> c.number() == number).findFirst()
				.orElseThrow(() -> new NotFound("Case " + caseNumber + " has no consultation " + number));
	}

	/** Records that the consulted party did not answer within its window, ending on {@code windowEnd}. */
	@Transactional
	public void recordSilence(String agencyCode, String caseNumber, int number, LocalDate windowEnd,
			String actor) {
		consultations.recordSilence(agencyCode, caseNumber, number, windowEnd, actor);
	}

	@ReadsOnly
	public List<Consultation> of(String agencyCode, String caseNumber) {
		return consultations.of(agencyCode, caseNumber);
	}

	@ReadsOnly
	public boolean anyPending(String agencyCode, String caseNumber) {
		return of(agencyCode, caseNumber).stream().anyMatch(Consultation::isPending);
	}
}
