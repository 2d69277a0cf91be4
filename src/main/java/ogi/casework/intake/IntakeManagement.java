package ogi.casework.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.calendar.OfficialCalendar;
import ogi.casework.shared.CaseworkSettings;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.InvalidInput.FieldViolation;
import ogi.casework.shared.NotFound;
import ogi.casework.shared.PossibleDuplicate;
import ogi.casework.shared.ReadsOnly;

/**
 * Receives applications, gives them case numbers, records supplements, and points out applications that ask for the
 * same information (Arts. 36(6), 44).
 */
@Service
public class IntakeManagement {

	private final Applications applications;

	private final Clock clock;

	private final CaseworkSettings settings;

	private final RepeatDetection repeats;

	private final ApplicantData personalData;

	private final RepeatSettings repeatSettings;

	/** Takes case numbers in transactions of their own. */
	private final TransactionTemplate counter;

	private final OfficialCalendar calendar;

	private final IntakeSettings intakeSettings;

	private final RequestIndex requestIndex;

	private final ApplicationsInTransaction read = new ApplicationsInTransaction();

	IntakeManagement(Applications applications, Clock clock, CaseworkSettings settings, RepeatDetection repeats,
			OfficialCalendar calendar, IntakeSettings intakeSettings, PlatformTransactionManager transactions,
			ApplicantData personalData, RepeatSettings repeatSettings, RequestIndex requestIndex) {
		this.requestIndex = requestIndex;
		this.counter = new TransactionTemplate(transactions);
		this.counter.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.applications = applications;
		this.clock = clock;
		this.settings = settings;
		this.repeats = repeats;
		this.personalData = personalData;
		this.repeatSettings = repeatSettings;
		this.calendar = calendar;
		this.intakeSettings = intakeSettings;
	}

	/**
	 * Logs an application: checks the Art. 29 content and identity numbers, fixes the receipt date (Art. 31) and
	 * gives it a case number. Nothing is stored when any rule is broken. The identity number and contacts are stored
	 * encrypted, with the applicant key for look-ups.
	 *
	 * @throws PossibleDuplicate when the same applicant's application for the same information was logged with the
	 *         same receipt date, unless {@code form.confirmDuplicate()} (409)
	 */
	@Transactional
	public Application receive(NewApplication form, CurrentUser clerk) {
		LocalDate today = today();
		checkApplicant(form.applicant(), today);
		LocalDate receiptDate = ReceiptDateRule.receiptDate(form.channel(), form.dates(), today,
				new ReceiptDateRule.Limits(calendar.coverageStart(), intakeSettings.maxReceiptAge()));
		var applicant = form.applicant();
		String applicantKey = personalData.key(applicant.idNumber());
		if (repeatSettings.duplicateWarning() && !Boolean.TRUE.equals(form.confirmDuplicate())) {
			// before a case number is taken, so that a refused duplicate leaves no gap in the numbers
			refuseDuplicate(clerk.agencyCode(), applicantKey, receiptDate, form.requestedInformation().strip(),
					blankToNull(form.documentNumber()));
		}
		var application = new Application(nextCaseNumber(clerk.agencyCode(), today.getYear()), clerk.agencyCode(),
				applicant.type(), applicant.name().strip(), applicant.idDocumentType(),
				applicant.idNumber().strip().toUpperCase(java.util.Locale.ROOT), blankToNull(applicant.phone()),
				blankToNull(applicant.email()), blankToNull(applicant.address()), form.requestedInformation().strip(),
				blankToNull(form.documentNumber()), form.provisionForm(), form.obtainingMethod(), form.channel(),
				form.dates().submittedOn(), form.dates().signedForOn(), form.dates().arrivedOn(),
				form.dates().confirmedOn(), receiptDate, Boolean.TRUE.equals(form.needsAssistance()), blankToNull(form.purpose()),
				clerk.username(), Instant.now(clock));
		applications.insert(personalData.sealed(application), applicantKey, requestIndex.version());
		read.forget(application.agencyCode(), application.caseNumber());
		requestIndex.indexNew(application);
		return application;
	}

	/**
	 * Takes an application the applicant submitted on the portal (互联网渠道): the Art. 29 content and identity numbers
	 * are checked as for any application and it gets a case number, but it is not yet received in law — its receipt
	 * date is the day the agency confirms it (Art. 31(3)), see {@link #confirmOnline}. The identity number and contacts
	 * are stored encrypted, with the applicant key, as for every application.
	 */
	@Transactional
	public Application receiveOnline(String agencyCode, NewApplication form) {
		if (form.channel() != Channel.INTERNET) {
			throw InvalidInput.of("channel", "internet", "An application submitted online arrives by the internet channel");
		}
		LocalDate today = today();
		checkApplicant(form.applicant(), today);
		var applicant = form.applicant();
		var application = new Application(nextCaseNumber(agencyCode, today.getYear()), agencyCode, applicant.type(),
				applicant.name().strip(), applicant.idDocumentType(), applicant.idNumber().strip().toUpperCase(java.util.Locale.ROOT),
				blankToNull(applicant.phone()), blankToNull(applicant.email()), blankToNull(applicant.address()),
				form.requestedInformation().strip(), blankToNull(form.documentNumber()), form.provisionForm(),
				form.obtainingMethod(), Channel.INTERNET, today, null, null, null, null,
				Boolean.TRUE.equals(form.needsAssistance()), blankToNull(form.purpose()), Application.ONLINE,
				Instant.now(clock));
		applications.insert(personalData.sealed(application), personalData.key(applicant.idNumber()),
				requestIndex.version());
		read.forget(agencyCode, application.caseNumber());
		requestIndex.indexNew(application);
		return application;
	}

	/**
	 * Art. 31(3): the agency confirms an application submitted online; the confirmation day is its receipt date.
	 *
	 * @throws InvalidInput when the date is before the submission or in the future, or the application was confirmed
	 */
	@Transactional
	public Application confirmOnline(String agencyCode, String caseNumber, LocalDate confirmedOn) {
		var application = applications.find(agencyCode, caseNumber)
				.orElseThrow(() -> new NotFound("No case " + caseNumber));
		if (!application.awaitingConfirmation()) {
			throw InvalidInput.of("confirmedOn", "once", "Case " + caseNumber + " was received on "
					+ application.receiptDate() + "; it is confirmed once");
		}
		LocalDate receipt = ReceiptDateRule.receiptDate(Channel.INTERNET,
				new NewApplication.ChannelDates(application.submittedOn(), null, null, confirmedOn), today(),
				new ReceiptDateRule.Limits(calendar.coverageStart(), intakeSettings.maxReceiptAge()));
		applications.confirm(agencyCode, caseNumber, confirmedOn, receipt);
		read.forget(agencyCode, caseNumber);
		requestIndex.received(agencyCode, caseNumber, receipt);
		// opened like every application this module hands out (it read the sealed row above)
		return find(agencyCode, caseNumber).orElseThrow();
	}

	/**
	 * The applications of the applicant of {@code caseNumber} (the same identity number, matched through the stored
	 * applicant key, so nothing is decrypted) received in {@code [from, to]}, the case itself included when its
	 * receipt date falls inside, oldest first.
	 */
	@ReadsOnly
	public List<ApplicantApplication> applicationsOfSameApplicant(String agencyCode, String caseNumber,
			LocalDate from, LocalDate to) {
		return applications.applicationsOfSameApplicant(agencyCode, caseNumber, from, to);
	}

	/** The applications received in {@code [from, to]} of the applicant with {@code applicantKey}. */
	@ReadsOnly
	public List<String> caseNumbersOfApplicantKey(String agencyCode, String applicantKey, LocalDate from,
			LocalDate to) {
		return applications.caseNumbersOfApplicant(agencyCode, applicantKey, from, to);
	}

	/**
	 * The application as the sealed case file keeps it: identity number and contacts encrypted under the active key
	 * (AES-GCM), so an archive download holds no personal data in plain text.
	 */
	public Application forArchive(Application application) {
		return personalData.sealed(application);
	}

	/**
	 * The agency's applications whose applicant name starts with {@code namePrefix}, newest receipt date first
	 * (index ix_application_name).
	 */
	@ReadsOnly
	public List<RegisterEntry> findByApplicantName(String agencyCode, String namePrefix, int offset, int limit) {
		return findByApplicantName(agencyCode, namePrefix, null, offset, limit);
	}

	/**
	 * As {@link #findByApplicantName(String, String, int, int)}, after {@code after} (the last entry of the page before,
	 * in the same order) when it is given: keyset pagination, so a deep page costs what the first does.
	 */
	@ReadsOnly
	public List<RegisterEntry> findByApplicantName(String agencyCode, String namePrefix, RegisterEntry after,
			int offset, int limit) {
		// '!' escapes the wildcards: a backslash means different things in MySQL and H2 string literals.
		String pattern = namePrefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
		return applications.byApplicantName(agencyCode, pattern, after, offset, limit);
	}

	/** The agency's case numbers with a receipt date in {@code [from, to]}, in order of arrival (to rebuild read models). */
	@ReadsOnly
	public List<String> caseNumbersReceivedBetween(String agencyCode, LocalDate from, LocalDate to) {
		return applications.requestsReceivedBetween(agencyCode, from, to).stream().map(RequestSummary::caseNumber)
				.toList();
	}

	/** Some applications of the agency as the case register lists them (name, type, channel, receipt date), at once. */
	@ReadsOnly
	public List<RegisterEntry> registerEntries(String agencyCode, java.util.Collection<String> caseNumbers) {
		return caseNumbers.isEmpty() ? List.of() : applications.registerEntries(agencyCode, caseNumbers);
	}

	@ReadsOnly
	public Optional<Application> find(String agencyCode, String caseNumber) {
		return read.find(agencyCode, caseNumber,
				() -> applications.find(agencyCode, caseNumber).map(personalData::opened));
	}

	/** Art. 30: records the single supplement notice with every item and the period the agency set. */
	@Transactional
	public Supplement noticeSupplement(String agencyCode, String caseNumber, LocalDate noticedOn, String items,
			LocalDate dueOn, CurrentUser clerk) {
		if (applications.openSupplement(agencyCode, caseNumber).isPresent()) {
			throw InvalidInput.of("supplement", "once",
					"A supplement notice is open already; Art. 30 allows one notice listing every item");
		}
		var supplement = new Supplement(null, agencyCode, caseNumber, noticedOn, items, dueOn, clerk.username(), null,
				null, null);
		applications.insertSupplement(supplement);
		return supplement;
	}

	/** Art. 30: records the supplement; the reply period runs again from {@code receivedOn}. */
	@Transactional
	public Supplement receiveSupplement(String agencyCode, String caseNumber, LocalDate receivedOn, String content,
			CurrentUser clerk) {
		var open = applications.openSupplement(agencyCode, caseNumber)
				.orElseThrow(() -> new NotFound("Case " + caseNumber + " has no open supplement notice"));
		if (receivedOn.isBefore(open.noticedOn())) {
			throw InvalidInput.of("receivedOn", "order", "The supplement cannot arrive before the notice of "
					+ open.noticedOn());
		}
		if (receivedOn.isAfter(today())) {
			throw InvalidInput.of("receivedOn", "notInFuture", "receivedOn " + receivedOn + " is in the future");
		}
		applications.recordSupplementReceived(open.id(), receivedOn, content, clerk.username());
		return new Supplement(open.id(), agencyCode, caseNumber, open.noticedOn(), open.items(), open.dueOn(),
				open.noticedBy(), receivedOn, content, clerk.username());
	}

	@ReadsOnly
	public List<Supplement> supplements(String agencyCode, String caseNumber) {
		return applications.supplements(agencyCode, caseNumber);
	}

	/**
	 * The agency's applications within the look-back period that ask for the same information as this one: the same
	 * applicant's earlier ones suggest a REPEAT reply (Art. 36(6)), other applicants' ones proactive disclosure
	 * (Art. 44(1)). Suggestions only; another agency's applications are never compared or shown.
	 *
	 * @throws NotFound when the agency has no such case
	 */
	@ReadsOnly
	public SimilarApplications similarApplications(String agencyCode, String caseNumber) {
		var application = find(agencyCode, caseNumber).orElseThrow(() -> new NotFound("No case " + caseNumber));
		return repeats.similarTo(application);
	}

	/**
	 * Art. 44(1): clusters of the agency's recent applications in which several different applicants asked for the
	 * same information, for the office to consider proactive disclosure.
	 */
	@ReadsOnly
	public List<DisclosureCluster> proactiveDisclosureCandidates(String agencyCode) {
		return repeats.clusters(agencyCode);
	}

	/**
	 * The most-requested information of the agency in {@code [from, to]}: applications asking alike (same document
	 * number, or similar wording as {@link #similarApplications} judges it) grouped together, largest group first, for
	 * the office's statistics; only groups of two applications or more.
	 */
	@ReadsOnly
	public List<DisclosureCluster> requestGroups(String agencyCode, LocalDate from, LocalDate to) {
		return repeats.clusters(agencyCode, from, to, 1).stream()
				.filter(cluster -> cluster.applications().size() >= 2)
				.sorted(java.util.Comparator.comparingInt((DisclosureCluster c) -> c.applications().size()).reversed()
						.thenComparing(DisclosureCluster::lastReceived, java.util.Comparator.reverseOrder()))
				.toList();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(settings.zone()));
	}

	/**
	 * Art. 29(2)(一) as receiving an application checks it first — name, identity and a way to reach the applicant —
	 * for a caller that must know before it counts the application against anything.
	 *
	 * @throws InvalidInput naming each field that breaks a rule
	 */
	public void requireValidApplicant(NewApplication.Applicant applicant) {
		checkApplicant(applicant, today());
	}

	/** Art. 29(2)(一): name, identity proof and a way to reach the applicant. */
	private static void checkApplicant(NewApplication.Applicant applicant, LocalDate today) {
		List<FieldViolation> violations = new ArrayList<>();
		String number = applicant.idNumber().strip().toUpperCase(java.util.Locale.ROOT);
		if (applicant.type().isOrganisation() != applicant.idDocumentType().isForOrganisations()) {
			violations.add(new FieldViolation("applicant.idDocumentType", "matchesApplicantType",
					applicant.type().isOrganisation()
							? "An organisation proves its identity with its unified social credit code or another organisation certificate"
							: "A natural person proves identity with a personal document, not an organisation code"));
		}
		else if (applicant.idDocumentType() == IdDocumentType.RESIDENT_ID_CARD
				&& !IdentityNumbers.isValidResidentId(number, today)) {
			violations.add(new FieldViolation("applicant.idNumber", "residentIdChecksum",
					"The resident ID number is malformed: 18 characters, a real birth date and a matching check digit (GB 11643)"));
		}
		else if (applicant.idDocumentType() == IdDocumentType.UNIFIED_SOCIAL_CREDIT_CODE
				&& !IdentityNumbers.isValidUnifiedSocialCreditCode(number)) {
			violations.add(new FieldViolation("applicant.idNumber", "creditCodeChecksum",
					"The unified social credit code is malformed: 18 characters with a matching check character (GB 32100)"));
		}
		if (blankToNull(applicant.phone()) == null && blankToNull(applicant.email()) == null
				&& blankToNull(applicant.address()) == null) {
			violations.add(new FieldViolation("applicant.phone", "contactRequired",
					"Art. 29(2)(一) requires a contact: give a phone number, an e-mail or a postal address"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations);
		}
	}

	/** The same applicant, the same information, the same receipt date: most likely the same application twice. */
	private void refuseDuplicate(String agencyCode, String applicantKey, LocalDate receiptDate,
			String requestedInformation, String documentNumber) {
		List<String> same = repeats.sameRequestSameDay(agencyCode, applicantKey, receiptDate, requestedInformation,
				documentNumber);
		if (!same.isEmpty()) {
			throw new PossibleDuplicate(same, "The same applicant's application " + String.join(", ", same)
					+ " with the same receipt date " + receiptDate
					+ " asks for the same information. If this is a new application all the same, send it again with"
					+ " confirmDuplicate: true");
		}
	}

	/**
	 * The next case number of the agency's year, taken in a short transaction of its own: the counter's row is locked
	 * only for the increment, not for the whole logging of the application (letters and all), so clerks logging at the
	 * same time do not queue behind each other. A logging that fails afterwards leaves a gap in the numbers — the
	 * register's choice [I]: numbers are unique and ascending, not gapless.
	 */
	private String nextCaseNumber(String agencyCode, int year) {
		for (int attempt = 1;; attempt++) {
			try {
				Long number = counter.execute(status -> {
					if (applications.incrementSequence(agencyCode, year) == 0) {
						try {
							applications.insertSequence(agencyCode, year);
						}
						catch (DuplicateKeyException raced) {
							applications.incrementSequence(agencyCode, year);
						}
					}
					return applications.currentSequence(agencyCode, year);
				});
				return "%s-%d-%06d".formatted(agencyCode, year, number);
			}
			catch (ConcurrencyFailureException busy) {
				// H2 refuses a concurrent update of the counter's row instead of waiting for it: take the next turn.
				if (attempt == 5) {
					throw busy;
				}
			}
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
