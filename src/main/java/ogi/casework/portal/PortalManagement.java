package ogi.casework.portal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

import ogi.casework.casework.OnlineApplications;
import ogi.casework.casework.OnlineApplications.Upload;
import ogi.casework.intake.NewApplication;
import ogi.casework.portal.RateLimits.Limit;
import ogi.casework.shared.NotFound;

/**
 * What an applicant does on the portal: applies with the identity proof and gets a case number and a query code
 * (查询码, stored only as a hash), finds the application again with both, answers a supplement notice and downloads the
 * reply. Every request passes the proof-of-work challenge and the rate limits first; a refused request changes
 * nothing but this: its challenge is spent (accepted in a transaction of its own, before the request's), so that
 * each attempt — above all each wrong guess of a query code — costs a new proof of work.
 */
@Service
class PortalManagement {

	/** Query codes: 10 characters without look-alikes (no 0/O, 1/I/L), about 50 bits. */
	private static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private static final int CODE_LENGTH = 10;

	private final OnlineApplications online;

	private final PortalAccesses accesses;

	private final Challenges challenges;

	private final RateLimits limits;

	private final PortalSettings settings;

	private final PasswordEncoder hashes;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final TransactionTemplate transactions;

	private final ogi.casework.intake.IntakeManagement intake;

	/** A hash no query code matches, checked for an unknown case number as a known one's is: the same time taken. */
	private volatile String unknownCaseHash;

	PortalManagement(OnlineApplications online, PortalAccesses accesses, Challenges challenges, RateLimits limits,
			PortalSettings settings, PasswordEncoder hashes, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager, ogi.casework.intake.IntakeManagement intake, Clock clock) {
		this.intake = intake;
		this.transactions = new TransactionTemplate(transactionManager);
		this.online = online;
		this.accesses = accesses;
		this.challenges = challenges;
		this.limits = limits;
		this.settings = settings;
		this.hashes = hashes;
		this.events = events;
		this.clock = clock;
	}

	/** The agency, if it accepts applications on the portal. */
	void requireAccepting(String agencyCode) {
		if (!settings.accepts(agencyCode)) {
			throw new NotFound("Agency " + agencyCode + " does not accept applications on the portal");
		}
	}

	/**
	 * Submits an application: the case opens on the internet channel awaiting the agency's confirmation (Art. 31(3)).
	 *
	 * @throws Refused for a missing or used challenge, a rate limit, or a bad upload
	 * @throws ogi.casework.shared.InvalidInput for an application that breaks a rule of Art. 29
	 */
	Submitted submit(String agencyCode, NewApplication application, MultipartFile identityProof, String challenge,
			String client) {
		requireAccepting(agencyCode);
		limits.take(Limit.SUBMISSIONS_PER_CLIENT, client);
		challenges.accept(challenge);
		Upload proof = UploadedFiles.check(identityProof, "identityProof", true, settings.maxUploadSize())
				.orElseThrow();
		// counted once the applicant's part passed the rules of Art. 29: refused attempts under someone's ID number
		// (anyone can type one) must not use up that person's applications of the day; and before anything is
		// stored or numbered for an application the limit refuses
		if (application.applicant() != null) {
			intake.requireValidApplicant(application.applicant());
			limits.take(Limit.SUBMISSIONS_PER_IDENTITY, application.applicant().idNumber().strip().toUpperCase(java.util.Locale.ROOT));
		}
		return transactions.execute(tx -> {
			var file = online.submit(agencyCode, application, proof);
			String code = queryCode();
			accesses.insert(new PortalAccess(file.caseNumber(), agencyCode, hashes.encode(code), Instant.now(clock)));
			events.publishEvent(new ApplicationSubmitted(agencyCode, file.caseNumber(), code));
			return new Submitted(agencyCode, file.caseNumber(), code, application.applicant().email());
		});
	}

	/**
	 * Finds an application by its case number and query code; a wrong code and an unknown case number are refused
	 * alike — the same answer after the same hash check — so that neither tells whether the case exists.
	 */
	PortalAccess lookUp(String caseNumber, String queryCode, String challenge, String client) {
		limits.take(Limit.LOOK_UPS_PER_CLIENT, client);
		challenges.accept(challenge);
		String number = caseNumber == null ? "" : caseNumber.strip().toUpperCase(java.util.Locale.ROOT);
		limits.take(Limit.LOOK_UPS_PER_CASE, number);
		String code = queryCode == null ? "" : queryCode.strip().toUpperCase(java.util.Locale.ROOT);
		var access = accesses.find(number);
		boolean matches = hashes.matches(code, access.map(PortalAccess::queryCodeHash).orElseGet(this::unknownCaseHash));
		return access.filter(found -> matches).orElseThrow(() -> new Refused("queryCode", "lookUpFailed"));
	}

	private String unknownCaseHash() {
		if (unknownCaseHash == null) {
			unknownCaseHash = hashes.encode(queryCode());
		}
		return unknownCaseHash;
	}

	/** The access to a case found before, in this session. */
	Optional<PortalAccess> access(String caseNumber) {
		return caseNumber == null ? Optional.empty() : accesses.find(caseNumber);
	}

	/** Art. 30: the applicant's supplement, sent on the portal. */
	@Transactional
	void supplement(PortalAccess access, String content, List<MultipartFile> files) {
		if ((content == null || content.isBlank()) && files.stream().allMatch(MultipartFile::isEmpty)) {
			throw new Refused("content", "supplementEmpty");
		}
		if (content != null && content.length() > 8000) {
			throw new Refused("content", "tooLong", 8000);
		}
		var uploads = files.stream()
				.map(file -> UploadedFiles.check(file, "files", false, settings.maxUploadSize()))
				.flatMap(Optional::stream).toList();
		online.supplement(access.agencyCode(), access.caseNumber(), content, uploads);
	}

	private String queryCode() {
		StringBuilder code = new StringBuilder(CODE_LENGTH);
		for (int i = 0; i < CODE_LENGTH; i++) {
			code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	/** What the applicant is shown once, and e-mailed: the query code exists nowhere else. */
	record Submitted(String agencyCode, String caseNumber, String queryCode, String email) {
	}

	/** An application was submitted; carries the query code only as far as the acknowledgement e-mail. */
	record ApplicationSubmitted(String agencyCode, String caseNumber, String queryCode) {
	}
}
