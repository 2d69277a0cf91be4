package ogi.casework.casework;

import java.util.List;

import org.springframework.context.ApplicationContext;

/**
 * The case register's search tokens exactly as its projection stores and its search asks for them, for a loader that
 * writes register rows with SQL (the benchmark's) and for the SQL baselines it compares the register's API with.
 * Each token is {@code {kind, token}}.
 */
public final class RegisterSeeding {

	private final RegisterTokens tokens;

	public RegisterSeeding(ApplicationContext context) {
		this.tokens = context.getBean(RegisterTokens.class);
	}

	/** Every token the register stores for a case: its applicant's and its subject's. */
	public List<String[]> tokens(String agencyCode, String name, String idNumber, String phone, String subject) {
		var all = tokens.of(agencyCode, name, idNumber, phone);
		all.addAll(tokens.words(agencyCode, subject(subject)));
		return all.stream().map(RegisterSeeding::pair).toList();
	}

	/** The tokens a search by words of the request looks up (the LIKE on the subject checks the rest). */
	public List<String[]> wordsQuery(String agencyCode, String words) {
		return tokens.wordsQuery(agencyCode, words).stream().map(RegisterSeeding::pair).toList();
	}

	/** The tokens a search by (part of) a name must all match. */
	public List<String[]> nameQuery(String agencyCode, String name) {
		return tokens.nameQuery(agencyCode, name).stream().map(RegisterSeeding::pair).toList();
	}

	public String[] idQuery(String agencyCode, String idNumber) {
		return pair(tokens.idQuery(agencyCode, idNumber));
	}

	public String[] phoneQuery(String agencyCode, String phone) {
		return pair(tokens.phoneQuery(agencyCode, phone));
	}

	/** The stored subject: the request's first {@value RegisterEntry#SUBJECT_LENGTH} characters. */
	public static String subject(String request) {
		return RegisterEntry.subjectOf(request);
	}

	private static String[] pair(RegisterTokens.Token token) {
		return new String[] { token.kind().name(), token.token() };
	}
}
