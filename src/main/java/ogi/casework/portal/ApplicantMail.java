package ogi.casework.portal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import ogi.casework.casework.CaseQueries;
import ogi.casework.documents.LetterIssued;
import ogi.casework.intake.Application;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.reply.DeliveryMethod;
import ogi.casework.reply.ReplyDelivered;
import ogi.casework.shared.AfterCommit;

/**
 * E-mails to applicants who applied on the portal, in Chinese, over the SMTP server of {@code spring.mail.*}: the
 * acknowledgement with the case number and query code, the confirmation of receipt (Art. 31(3)), the supplement notice
 * (Art. 30), an extension (Art. 33(2)) and a reply ready for download. Sent once the change is committed; each is
 * recorded, and a failure is recorded and logged without undoing the change (the letter is on the portal anyway).
 * Each is sent from the after-commit threads ({@link AfterCommit}), not by the thread that committed the change.
 */
@Component
class ApplicantMail {

	private static final Logger log = LoggerFactory.getLogger(ApplicantMail.class);

	/** What an e-mail tells the applicant. */
	enum Kind {
		SUBMITTED, CONFIRMED, SUPPLEMENT_NOTICE, EXTENSION, REPLY_READY
	}

	private final ObjectProvider<JavaMailSender> sender;

	private final MessageSource messages;

	private final PortalAccesses accesses;

	private final SentMails sent;

	private final IntakeManagement intake;

	private final CaseQueries cases;

	private final PortalSettings settings;

	private final Clock clock;

	private final AfterCommit afterCommit;

	ApplicantMail(ObjectProvider<JavaMailSender> sender, MessageSource messages, PortalAccesses accesses,
			SentMails sent, IntakeManagement intake, CaseQueries cases,
			PortalSettings settings, Clock clock, AfterCommit afterCommit) {
		this.sender = sender;
		this.messages = messages;
		this.accesses = accesses;
		this.sent = sent;
		this.intake = intake;
		this.cases = cases;
		this.settings = settings;
		this.clock = clock;
		this.afterCommit = afterCommit;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(PortalManagement.ApplicationSubmitted submitted) {
		afterCommit.inNewTransaction("E-mail on submission of case " + submitted.caseNumber(),
				() -> send(submitted.agencyCode(), submitted.caseNumber(), Kind.SUBMITTED, submitted.queryCode()));
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(LetterIssued letter) {
		afterCommit.inNewTransaction("E-mail on letter " + letter.kind() + " of case " + letter.caseNumber(),
				() -> onLetter(letter));
	}

	private void onLetter(LetterIssued letter) {
		if (accesses.find(letter.caseNumber()).filter(a -> a.agencyCode().equals(letter.agencyCode())).isEmpty()) {
			return;
		}
		Kind kind = switch (letter.kind()) {
			case ACKNOWLEDGEMENT -> Kind.CONFIRMED;
			case SUPPLEMENT_NOTICE -> Kind.SUPPLEMENT_NOTICE;
			case EXTENSION_NOTICE -> Kind.EXTENSION;
			default -> null;
		};
		if (kind != null) {
			send(letter.agencyCode(), letter.caseNumber(), kind, null);
		}
	}

	/**
	 * An electronic reply is ready on the portal once it is delivered — not when its letter is written, which is at
	 * approval, before the clerk sends it.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(ReplyDelivered delivered) {
		afterCommit.inNewTransaction("E-mail on delivery of case " + delivered.caseNumber(),
				() -> onDelivery(delivered));
	}

	private void onDelivery(ReplyDelivered delivered) {
		if (delivered.method() != DeliveryMethod.ELECTRONIC || accesses.find(delivered.caseNumber())
				.filter(a -> a.agencyCode().equals(delivered.agencyCode())).isEmpty()) {
			return;
		}
		send(delivered.agencyCode(), delivered.caseNumber(), Kind.REPLY_READY, null);
	}

	private void send(String agency, String caseNumber, Kind kind, String queryCode) {
		var application = intake.find(agency, caseNumber).orElse(null);
		if (application == null || application.email() == null) {
			return;
		}
		var mailer = sender.getIfAvailable();
		Instant now = Instant.now(clock);
		if (mailer == null) {
			sent.insert(agency, caseNumber, kind, null, "no SMTP server configured (spring.mail.host)", now);
			return;
		}
		var message = new SimpleMailMessage();
		message.setFrom(settings.mailFrom());
		message.setTo(application.email());
		message.setSubject(text("portal.mail." + kind.name() + ".subject", caseNumber));
		message.setText(text("portal.mail." + kind.name() + ".body", arguments(application, kind, queryCode)));
		try {
			mailer.send(message);
			sent.insert(agency, caseNumber, kind, now, null, now);
		}
		catch (MailException e) {
			log.warn("E-mail {} of case {} not sent: {}", kind, caseNumber, e.toString());
			// a mail server's refusal repeats the address it refused: stored like the log, masked (the address itself
			// is kept only encrypted)
			String failure = String.valueOf(ogi.casework.shared.LogRedaction.redact(e.getMessage()));
			sent.insert(agency, caseNumber, kind, null, failure.substring(0, Math.min(failure.length(), 500)), now);
		}
	}

	private Object[] arguments(Application application, Kind kind, String queryCode) {
		var file = cases.caseFile(application.agencyCode(), application.caseNumber()).orElse(null);
		String due = file == null || file.replyDueDate() == null ? "" : file.replyDueDate().toString();
		String received = application.receiptDate() == null ? "" : application.receiptDate().toString();
		return new Object[] { application.applicantName(), application.caseNumber(),
				queryCode == null ? "" : queryCode, received, due, settings.baseUrl() + "/portal/status" };
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
	}
}
