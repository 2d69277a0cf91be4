package ogi.casework.reporting;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ogi.casework.shared.Wording;

/**
 * The report's checks and notes in Chinese, for the documents an agency publishes or files (the printable page and the
 * workbook): from their message keys ({@code report.violation.*}, {@code report.note.*}), not the API's sentences.
 */
@Component
class ReportWording {

	private final MessageSource messages;

	ReportWording(MessageSource messages) {
		this.messages = messages;
	}

	String chinese(Violation violation) {
		return chinese(violation.wording());
	}

	List<String> chineseNotes(AnnualReport report) {
		return report.noteWordings().stream().map(this::chinese).toList();
	}

	private String chinese(Wording wording) {
		return wording.in(messages, Locale.SIMPLIFIED_CHINESE);
	}
}
