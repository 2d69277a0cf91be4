package ogi.casework.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.QueryTimeoutException;

/** Personal data in a database's error message reaches neither the log nor the client. */
@ExtendWith(OutputCaptureExtension.class)
class LogRedactionTests {

	@Test
	void masksIdentityNumbersPhonesAndEmailsButNotDatesOrCaseNumbers() {
		String line = LogRedaction.redact("Duplicate entry '11010519491231002X-13800138000' for key 'ix'; "
				+ "Value too long for column \"PHONE CHARACTER VARYING(32)\": \"'+86 138 0013 8000' (40)\"; "
				+ "mail zhang@example.cn, landline 010-66001234, case ALPHA-2026-000001 received 2026-11-20");

		assertThat(line).doesNotContain("11010519491231002X", "13800138000", "138 0013 8000", "zhang@example.cn",
				"66001234").contains("ALPHA-2026-000001", "2026-11-20", "PHONE CHARACTER VARYING(32)");
	}

	@Test
	void aDatabaseErrorIsAnsweredAndLoggedWithoutTheValuesItQuotes(CapturedOutput output) {
		var error = new QueryTimeoutException("Data truncation: Incorrect string value for column 'phone': "
				+ "'13800138000 转 8' at row 1");

		var problem = new ApiProblems().databaseError(error);

		assertThat(problem.getStatus()).isEqualTo(500);
		assertThat(problem.getDetail()).doesNotContain("13800138000").contains("reference");
		assertThat(output.getAll()).contains("Database error", problem.getProperties().get("reference").toString())
			.doesNotContain("13800138000");
	}
}
