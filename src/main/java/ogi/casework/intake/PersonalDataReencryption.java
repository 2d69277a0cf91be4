package ogi.casework.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Moves the applicants' stored personal data to the active key (key rotation, {@code ogi.crypto.active-key}): values
 * under a retired key are decrypted and encrypted again, plain text from before encryption is encrypted, and missing
 * applicant keys are computed. Runs at start-up and on an administrator's request, in batches of
 * {@value #BATCH} applications, each batch in a transaction of its own; several nodes may run it at once — they write
 * the same data. Sealed case files keep the key they were sealed with: keep a retired key configured while such
 * archives are kept.
 */
@RestController
@Tag(name = "Administration", description = "Agencies, users, roles and the administration audit trail")
class PersonalDataReencryption implements ApplicationRunner {

	static final int BATCH = 200;

	private static final Logger log = LoggerFactory.getLogger(PersonalDataReencryption.class);

	private final Applications applications;

	private final ApplicantData personalData;

	private final TransactionTemplate transaction;

	PersonalDataReencryption(Applications applications, ApplicantData personalData,
			PlatformTransactionManager transactions) {
		this.applications = applications;
		this.personalData = personalData;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		var result = reencrypt();
		if (result.rewritten() > 0) {
			log.info("Personal data of {} application(s) moved to key {}", result.rewritten(), result.activeKey());
		}
	}

	@PostMapping("/api/admin/personal-data/re-encryption")
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	@Operation(summary = "Move every agency's stored applicant data to the active encryption key (platform "
			+ "administrator); how many applications were rewritten")
	Result reencrypt() {
		String pattern = personalData.activePrefixPattern();
		int rewritten = 0;
		String agency = "";
		String caseNumber = "";
		while (true) {
			String fromAgency = agency;
			String fromCase = caseNumber;
			var batch = transaction.execute(status -> {
				var rows = applications.needingReencryption(fromAgency, fromCase, pattern, BATCH);
				rows.forEach(row -> applications.rewritePersonalData(personalData.reencrypted(row)));
				return rows;
			});
			rewritten += batch.size();
			if (batch.size() < BATCH) {
				return new Result(rewritten, personalData.activeKey());
			}
			agency = batch.get(batch.size() - 1).agencyCode();
			caseNumber = batch.get(batch.size() - 1).caseNumber();
		}
	}

	/** How many applications were rewritten, and under which key their data now is. */
	record Result(int rewritten, String activeKey) {
	}
}
