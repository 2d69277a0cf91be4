package ogi.casework.casework;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.util.UriComponentsBuilder;

import ogi.casework.reply.Outcome;
import ogi.casework.shared.CaseStatus;

/**
 * A register search as the register page's form and {@code GET /api/register} receive it, as query parameters of
 * these names: one binding for both (a value that does not convert is one problem, named after its field, on either),
 * and the page's links and export carry it on as {@link #queryString()}.
 */
public record RegisterSearch(String caseNumber, String applicantName, String idNumber, String phone,
		@DateTimeFormat(iso = ISO.DATE) LocalDate receivedFrom, @DateTimeFormat(iso = ISO.DATE) LocalDate receivedTo,
		CaseStatus status, Outcome outcome, String handler, String words, Boolean oldestFirst) {

	/** The search the register runs: {@code oldestFirst} absent is newest first. */
	public RegisterQuery query() {
		return new RegisterQuery(caseNumber, applicantName, idNumber, phone, receivedFrom, receivedTo, status, outcome,
				handler, words, Boolean.TRUE.equals(oldestFirst));
	}

	/** The search as URL parameters (those given only), for the page's links and its export. */
	public String queryString() {
		var uri = UriComponentsBuilder.newInstance();
		add(uri, "caseNumber", caseNumber);
		add(uri, "applicantName", applicantName);
		add(uri, "idNumber", idNumber);
		add(uri, "phone", phone);
		add(uri, "receivedFrom", receivedFrom);
		add(uri, "receivedTo", receivedTo);
		add(uri, "status", status);
		add(uri, "outcome", outcome);
		add(uri, "handler", handler);
		add(uri, "words", words);
		add(uri, "oldestFirst", oldestFirst);
		String query = uri.build().encode().getQuery();
		return query == null ? "" : query;
	}

	private static void add(UriComponentsBuilder uri, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			uri.queryParam(name, value);
		}
	}
}
