package ogi.casework.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import io.swagger.v3.oas.annotations.media.Schema;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.intake.Application;
import ogi.casework.intake.ApplicantType;
import ogi.casework.intake.Channel;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.reply.Outcome;
import ogi.casework.shared.CaseStatus;
import ogi.casework.shared.ReadsOnly;

/**
 * The case register (台账): every case of the user's agency, open or closed, searched on the register read model's
 * indexes; the applicant's name is read from intake for the rows shown only, masked as the reader's role requires.
 */
@Service
public class CaseRegister {

	/** The roles that work cases and so may search them all; administrators do not. */
	static final Set<Role> READERS = Role.CASEWORK;

	/** Counting stops here: "more than 10 000" is all a reader needs to narrow the search. */
	public static final int COUNT_CAP = 10_000;

	private final RegisterEntries entries;

	private final IntakeManagement intake;

	/**
	 * A words search counts its matches through the word index up to this many (a reader shown "more than 1 000" narrows
	 * the search; counting tens of thousands of candidates one by one would cost a common word ~0.1 s at 550k cases of
	 * one agency). Up to this many, its page is the newest of the candidates all of its runs lead to; with more, its
	 * page is read from the postings of one of its runs in date order, checking each row's subject: every match is
	 * among them and they hold the matches at least as densely as the register does, where sorting thousands of
	 * candidates would cost more (and reading the register itself would cost ~0.1 s for words of older cases).
	 */
	static final int DENSE_WORDS = 1_000;

	private final RegisterTokens tokens;

	private final RegisterWords wordIndex;

	CaseRegister(RegisterEntries entries, IntakeManagement intake, RegisterTokens tokens, RegisterWords wordIndex) {
		this.entries = entries;
		this.intake = intake;
		this.tokens = tokens;
		this.wordIndex = wordIndex;
	}

	/** One page of the register, newest receipt first unless asked otherwise. */
	@ReadsOnly
	public Page search(RegisterQuery query, int page, int size, CurrentUser user) {
		return search(query, page, size, null, null, user);
	}

	/**
	 * The page after the cursor {@code after} or before the cursor {@code before} (keyset pagination on receipt date
	 * and case number, through the register's indexes), else page {@code page}; going back past the first page gives
	 * the first page.
	 *
	 * @throws ogi.casework.shared.InvalidInput naming {@code after} or {@code before} when it is no cursor of this
	 *         order, or when both are given
	 */
	@ReadsOnly
	public Page search(RegisterQuery query, int page, int size, String after, String before, CurrentUser user) {
		requireReader(user);
		requireMaySearchBy(query, user);
		boolean backward = before != null && !before.isBlank();
		if (backward && after != null && !after.isBlank()) {
			throw ogi.casework.shared.InvalidInput.of("before", "exclusive", "give after or before, not both");
		}
		var cursor = backward ? RegisterCursor.decode("before", before, query.oldestFirst())
				: RegisterCursor.decode("after", after, query.oldestFirst());
		var filter = filter(query, user.agencyCode(), cursor == null ? page * size : 0, size + 1, cursor, backward);
		if (filter == null) {
			return new Page(List.of(), page, size, 0, false, null, null);
		}
		boolean byWords = !filter.wordTokens().isEmpty();
		int cap = byWords ? DENSE_WORDS : COUNT_CAP;
		// A words search counts first: the count chooses how its page is read. Any other reads its page first, and a
		// first page that holds every match is its own count (most searches by name, number, ID or phone).
		long total = byWords ? entries.count(filter, cap + 1) : -1;
		var found = entries.search(forPage(filter, total));
		if (total < 0) {
			total = cursor == null && page == 0 && found.size() <= size ? found.size() : entries.count(filter, cap + 1);
		}
		boolean more = found.size() > size;
		found = more ? found.subList(0, size) : found;
		if (backward) {
			if (!more) {
				return search(query, 0, size, null, null, user);
			}
			found = new ArrayList<>(found);
			java.util.Collections.reverse(found);
		}
		var rows = named(found, user);
		String next = found.isEmpty() || !(more || backward) ? null
				: RegisterCursor.of(found.get(found.size() - 1)).encode(query.oldestFirst());
		String previous = found.isEmpty() || !(backward || cursor != null || page > 0) ? null
				: RegisterCursor.of(found.get(0)).encode(query.oldestFirst());
		return new Page(rows, page, size, Math.min(total, cap), total > cap, next, previous);
	}

	/** Every row the query finds, up to {@code limit}, in pages walked by keyset, for an export. */
	@ReadsOnly
	public void each(RegisterQuery query, int limit, CurrentUser user, Consumer<Row> sink) {
		requireReader(user);
		requireMaySearchBy(query, user);
		int chunk = 500;
		RegisterCursor cursor = null;
		long total = -1; // counted once: only a words search needs it, to choose how its pages are read
		for (int read = 0; read < limit;) {
			var filter = filter(query, user.agencyCode(), 0, Math.min(chunk, limit - read), cursor, false);
			if (filter == null) {
				return;
			}
			if (total < 0) {
				total = filter.wordTokens().isEmpty() ? 0 : entries.count(filter, DENSE_WORDS + 1);
			}
			var found = entries.search(forPage(filter, total));
			named(found, user).forEach(sink);
			read += found.size();
			if (found.size() < filter.limit()) {
				return;
			}
			cursor = RegisterCursor.of(found.get(found.size() - 1));
		}
	}

	/** The filter a page is read with, once {@code total} is counted: see {@link #DENSE_WORDS}. */
	static RegisterFilter forPage(RegisterFilter filter, long total) {
		return !filter.wordTokens().isEmpty() && total > DENSE_WORDS ? filter.drivenByFirstWordToken() : filter;
	}

	/** The register rows of some cases of the user's agency (for the worklist's columns). */
	@ReadsOnly
	public List<Row> rows(List<String> caseNumbers, CurrentUser user) {
		if (caseNumbers.isEmpty()) {
			return List.of();
		}
		return named(entries.find(user.agencyCode(), caseNumbers), user);
	}

	/**
	 * The agency's other cases with the same identity number as this one's applicant but another name: a hint for the
	 * clerk at intake (a typing error, or someone applying in another's name), never a decision.
	 */
	@ReadsOnly
	public List<Row> sameIdentityOtherName(String caseNumber, CurrentUser user) {
		requireReader(user);
		Application application = intake.find(user.agencyCode(), caseNumber).orElse(null);
		if (application == null || RegisterTokens.normalId(application.idNumber()).isEmpty()) {
			return List.of();
		}
		var token = tokens.idQuery(user.agencyCode(), application.idNumber());
		var others = entries.casesWithToken(user.agencyCode(), token.kind().name(), token.token(), caseNumber, 20);
		String name = RegisterTokens.normalName(application.applicantName());
		return rows(others, user).stream()
				.filter(row -> !RegisterTokens.normalName(intake.find(user.agencyCode(), row.caseNumber())
						.map(Application::applicantName).orElse(name)).equals(name))
				.toList();
	}

	/**
	 * The rows of some register entries, each with its applicant's name from intake, all names in one query: a name is
	 * shown to every reader (masking hides identity numbers and contacts, never the name), so nothing is decrypted.
	 */
	private List<Row> named(List<RegisterEntry> found, CurrentUser user) {
		if (found.isEmpty()) {
			return List.of();
		}
		java.util.Map<String, String> names = new java.util.HashMap<>();
		intake.registerEntries(user.agencyCode(), found.stream().map(RegisterEntry::caseNumber).toList())
				.forEach(entry -> names.put(entry.caseNumber(), entry.applicantName()));
		return found.stream().map(entry -> new Row(entry.caseNumber(), names.get(entry.caseNumber()),
				entry.applicantType(), entry.subject(), entry.receiptDate(), entry.channel(), entry.status(),
				entry.outcome(), entry.handler(), entry.replyDueDate())).toList();
	}

	/** The query as SQL reads it, or null when it cannot match anything (an identity number of blanks). */
	RegisterFilter filter(RegisterQuery q, String agencyCode, int offset, int limit) {
		return filter(q, agencyCode, offset, limit, null, false);
	}

	RegisterFilter filter(RegisterQuery q, String agencyCode, int offset, int limit, RegisterCursor cursor,
			boolean backward) {
		String number = blankToNull(q.caseNumber());
		String numberPrefix = null;
		String reversedPrefix = null;
		if (number != null) {
			number = number.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
			numberPrefix = escapeLike(number) + "%";
			reversedPrefix = escapeLike(new StringBuilder(number).reverse().toString()) + "%";
		}
		List<RegisterTokens.Token> wanted = new ArrayList<>();
		if (blankToNull(q.applicantName()) != null) {
			wanted.addAll(tokens.nameQuery(agencyCode, q.applicantName()));
		}
		if (blankToNull(q.idNumber()) != null) {
			wanted.add(tokens.idQuery(agencyCode, q.idNumber()));
		}
		if (blankToNull(q.phone()) != null) {
			if (RegisterTokens.normalPhone(q.phone()).isEmpty()) {
				return null;
			}
			wanted.add(tokens.phoneQuery(agencyCode, q.phone()));
		}
		String words = blankToNull(q.words());
		List<RegisterTokens.Token> wordRuns = words != null && wordIndex.complete()
				? tokens.wordsQuery(agencyCode, words) : List.of();
		return new RegisterFilter(agencyCode, numberPrefix, reversedPrefix, wanted, wordRuns, q.receivedFrom(),
				q.receivedTo(),
				q.status(), q.outcome(), blankToNull(q.handler()),
				words == null ? null : "%" + escapeLike(words.strip()) + "%", q.oldestFirst() != backward, cursor,
				offset, limit, null);
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * An identity or phone number is searched for only by the roles that see it in full: to the others it is masked,
	 * and a search that answers "found" or "not found" would unmask it one guess at a time.
	 */
	private static void requireMaySearchBy(RegisterQuery query, CurrentUser user) {
		if (user.seesPersonalData()) {
			return;
		}
		if (blankToNull(query.idNumber()) != null) {
			throw ogi.casework.shared.InvalidInput.of("idNumber", "personalData",
					"Searching by identity number is for the roles that see applicants' personal data (clerk, handler)");
		}
		if (blankToNull(query.phone()) != null) {
			throw ogi.casework.shared.InvalidInput.of("phone", "personalData",
					"Searching by phone number is for the roles that see applicants' personal data (clerk, handler)");
		}
	}

	private static void requireReader(CurrentUser user) {
		if (READERS.stream().noneMatch(user::has)) {
			throw new AccessDeniedException("The case register is for the roles that work cases");
		}
	}

	/**
	 * One page of the register; {@code total} stops at {@link #COUNT_CAP} ({@link #DENSE_WORDS} for a search by words of
	 * the request), and {@code more} says it stopped;
	 * {@code next} is the cursor for {@code after=} (null on the last page), {@code previous} for {@code before=} (null
	 * on the first).
	 */
	@Schema(name = "CaseRegisterPage")
	public record Page(List<Row> rows, int page, int size, long total, boolean more, String next, String previous) {
	}

	/** One case as the register lists it. */
	@Schema(name = "CaseRegisterRow")
	public record Row(String caseNumber, String applicantName, ApplicantType applicantType, String subject,
			LocalDate receiptDate, Channel channel, CaseStatus status, Outcome outcome, String handler,
			LocalDate replyDueDate) {
	}
}
