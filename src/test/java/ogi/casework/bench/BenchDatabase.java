package ogi.casework.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import ogi.casework.accounts.Role;

/**
 * Every SQL statement the benchmark and the multi-node test run against the application's tables, in one place:
 * seeding agencies, users and cases with multi-row batch inserts (not through the API), the hand-written baseline
 * queries, and the probes that count escalations and timers. When a migration changes these tables, this class is
 * what to update.
 */
final class BenchDatabase {

	/** The government whose annual report aggregates every other seeded agency (its departments). */
	static final String GOVERNMENT = "GOV";

	/** The password of every seeded user. */
	static final String PASSWORD = "bench-secret";

	/** The first year of the seeded closed cases; they run to the year before the current one. */
	static final int FIRST_CLOSED_YEAR = 2021;

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final int BATCH = 2_000;

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

	private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红娥玲芬建国志文斌辉宇浩凯俊鹏飞云峰海波宁欣怡梓涵子轩雨泽晨阳博文思远佳琪诗雅嘉懿瑞睿晓东春梅秋菊冬雪振华德胜立新永红丹丹晶莹";

	private static final String[] REQUESTS = { "本区道路维修资金的使用情况", "某小区拆迁补偿安置方案及补偿标准",
			"本街道老旧小区改造项目的招标文件", "区财政局部门预算及决算说明", "某地块土地出让合同及规划条件",
			"区教育局学区划分依据", "某河道整治工程的环境影响评价报告", "区卫生健康委员会行政处罚决定书",
			"本区最低生活保障对象的审批标准", "区住房保障房源分配结果" };

	private static final String[] STEPS = { "registerApplication", "handleRequest", "handleRequest", "handleRequest",
			"handleRequest", "awaitConsultationAnswers", "draftReply", "draftReply", "reviewReply", "signOffReply",
			"deliverReply", "archiveCase" };

	private final String url;

	private final String user;

	private final String password;

	BenchDatabase(String url, String user, String password) {
		this.url = url.contains("rewriteBatchedStatements") ? url
				: url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
		this.user = user;
		this.password = password;
	}

	/** A loader that starts processes on this database. */
	CaseProcessLoader processLoader() {
		return new CaseProcessLoader(url, user, password, ZONE);
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(url, user, password);
	}

	/** GOV and its departments D01, D02 …: {@code count} agencies in all. */
	static List<String> agencyCodes(int count) {
		List<String> codes = new ArrayList<>();
		codes.add(GOVERNMENT);
		for (int i = 1; i < count; i++) {
			codes.add("D%02d".formatted(i));
		}
		return codes;
	}

	/** The agency that holds half of every seeded table: the one P1, P2 and the single-agency P4 measure. */
	static String busiestAgency(List<String> agencies) {
		return agencies.size() > 1 ? agencies.get(1) : agencies.get(0);
	}

	static String username(String agency, Role role) {
		return agency.toLowerCase() + "-" + role.name().toLowerCase();
	}

	// --- seeding -------------------------------------------------------------------------------------------------

	/** The agencies (the first is the government of the others) and one user per role in each. */
	void seedAccounts(List<String> agencies, String passwordHash) throws SQLException {
		try (Connection c = connect()) {
			c.setAutoCommit(false);
			try (var agency = c.prepareStatement(
					"insert into accounts_agency (code, name, parent_code) values (?, ?, ?)");
					var account = c.prepareStatement("insert into accounts_user (username, password_hash, display_name,"
							+ " agency_code, enabled) values (?, ?, ?, ?, true)");
					var role = c.prepareStatement("insert into accounts_user_role (username, role) values (?, ?)")) {
				for (String code : agencies) {
					agency.setString(1, code);
					agency.setString(2, code.equals(GOVERNMENT) ? "某某区人民政府" : "某某区第" + code.substring(1) + "部门");
					agency.setString(3, code.equals(GOVERNMENT) ? null : GOVERNMENT);
					agency.addBatch();
				}
				agency.executeBatch();
				for (String code : agencies) {
					for (Role r : Role.values()) {
						account.setString(1, username(code, r));
						account.setString(2, passwordHash);
						account.setString(3, code + " " + r);
						account.setString(4, code);
						account.addBatch();
						role.setString(1, username(code, r));
						role.setString(2, r.name());
						role.addBatch();
					}
				}
				account.executeBatch();
				role.executeBatch();
			}
			c.commit();
		}
	}

	/**
	 * {@code count} clerks of {@code agency} named {@code prefix0} … with the same password hash: each signs in once,
	 * so that a call by the next one is a password check that nothing remembered.
	 */
	void seedClerks(String agency, String prefix, int count, String passwordHash) throws SQLException {
		try (Connection c = connect()) {
			c.setAutoCommit(false);
			try (var account = c.prepareStatement("insert into accounts_user (username, password_hash, display_name,"
					+ " agency_code, enabled) values (?, ?, ?, ?, true)");
					var role = c.prepareStatement("insert into accounts_user_role (username, role) values (?, ?)")) {
				for (int i = 0; i < count; i++) {
					account.setString(1, prefix + i);
					account.setString(2, passwordHash);
					account.setString(3, prefix + i);
					account.setString(4, agency);
					account.addBatch();
					role.setString(1, prefix + i);
					role.setString(2, Role.CLERK.name());
					role.addBatch();
				}
				account.executeBatch();
				role.executeBatch();
			}
			c.commit();
		}
	}

	/** What {@link #seedCases} wrote. */
	record Seeded(long applications, long workItems, long seconds, Map<String, Integer> openByAgency) {
	}

	/**
	 * Open cases (received in the 30 days before {@code today}, each with one worklist task) and closed cases
	 * (received {@value #FIRST_CLOSED_YEAR} to last year, concluded about a month later), with their applications,
	 * case register rows and reporting rows; the busiest agency gets half of each, the others share the rest. Case
	 * numbers follow the application's pattern, and each agency's sequence of this year continues after the seeded
	 * open cases.
	 */
	Seeded seedCases(List<String> agencies, int open, int closed, LocalDate today) throws SQLException {
		return seedCases(agencies, open, closed, today, false, null);
	}

	/** The case register's search tokens of one applicant, each {@code {kind, token}}, as the application makes them. */
	@FunctionalInterface
	interface SearchTokens {

		List<String[]> of(String agency, String name, String idNumber, String phone, String subject);
	}

	/**
	 * The same; with {@code overdue}, the open cases were received 60 to 90 days ago, so that their reply periods
	 * (in the deadline ledger) have passed.
	 */
	Seeded seedCases(List<String> agencies, int open, int closed, LocalDate today, boolean overdue)
			throws SQLException {
		return seedCases(agencies, open, closed, today, overdue, null);
	}

	/**
	 * The same; with {@code tokens}, also every case's row in the case register (its read model: status, outcome,
	 * handler) and its search tokens, as the register's projection would have written them.
	 */
	Seeded seedCases(List<String> agencies, int open, int closed, LocalDate today, boolean overdue,
			SearchTokens tokens) throws SQLException {
		long started = System.nanoTime();
		var random = new SplittableRandom(20261202L);
		Map<String, Integer> openShare = share(agencies, open);
		Map<String, Integer> closedShare = share(agencies, closed);
		long applications = 0;
		long workItems = 0;
		try (Connection c = connect()) {
			c.setAutoCommit(false);
			try (var s = c.createStatement()) {
				s.execute("set foreign_key_checks = 0");
				s.execute("set unique_checks = 0");
			}
			try (var application = c.prepareStatement("insert into intake_application (agency_code, case_number,"
					+ " applicant_type, applicant_name, id_document_type, id_number, phone, email, address,"
					+ " requested_information, document_number, provision_form, obtaining_method, channel, submitted_on,"
					+ " receipt_date, needs_assistance, received_by, received_at)"
					+ " values (?, ?, ?, ?, 'RESIDENT_ID_CARD', ?, ?, ?, ?, ?, null, 'ELECTRONIC', 'EMAIL', ?, ?, ?,"
					+ " false, ?, ?)");
					var caseRow = c.prepareStatement("insert into casework_case (agency_code, case_number,"
							+ " process_instance_id, status, receipt_date, reply_due_date, reply_due_provisional,"
							+ " outcome, opened_at, closed_at) values (?, ?, null, ?, ?, ?, false, ?, ?, ?)");
					var ledger = c.prepareStatement("insert into deadlines_entry (agency_code, case_number, kind,"
							+ " start_date, start_reason, period_length, unit, paused_working_days, due_date, provisional,"
							+ " basis, explanation, reason, active, recorded_by, recorded_at, cause, cause_number)"
							+ " values (?, ?, 'REPLY', ?, 'receipt date, Art. 31', 20, 'WORKING_DAYS', 0, ?, false,"
							+ " 'Art. 33(2)', ?, 'seeded by the benchmark', true, ?, ?, 'RECEIPT', null)");
					var item = c.prepareStatement("insert into casework_work_item (task_id, agency_code, case_number,"
							+ " step, candidate_role, assignee, due_date, due_provisional, created_at)"
							+ " values (?, ?, ?, ?, ?, ?, ?, false, ?)");
					var reported = c.prepareStatement("insert into reporting_case (agency_code, case_number,"
							+ " applicant_type, applicant_key, channel, receipt_date, status, outcome, report_row,"
							+ " concluded_on, reply_start_date, reply_due_date, changed_at)"
							+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
					var sequence = c.prepareStatement("insert into intake_case_sequence (agency_code, sequence_year,"
							+ " next_value) values (?, ?, ?)");
					var register = c.prepareStatement("insert into casework_register (agency_code, case_number,"
							+ " case_tail, case_reversed, receipt_date, channel, applicant_type, subject, status, outcome,"
							+ " handler, reply_due_date, updated_at, words_indexed)"
							+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)");
					var token = c.prepareStatement("insert into casework_register_token (agency_code, kind, token,"
							+ " case_number, receipt_date) values (?, ?, ?, ?, ?)")) {
				PreparedStatement[] all = tokens == null ? new PreparedStatement[] { application, caseRow, item,
						reported, ledger } : new PreparedStatement[] { application, caseRow, item, reported, ledger,
								register, token };
				int pending = 0;
				MessageDigest sha256 = sha256();
				for (String agency : agencies) {
					// closed cases, year by year, in case-number order
					int total = closedShare.get(agency);
					int years = today.getYear() - FIRST_CLOSED_YEAR;
					for (int y = 0; y < years; y++) {
						int year = FIRST_CLOSED_YEAR + y;
						int inYear = total / years + (y < total % years ? 1 : 0);
						for (int n = 1; n <= inYear; n++) {
							LocalDate received = weekday(LocalDate.of(year, 1, 2).plusDays((long) (n - 1) * 358 / Math.max(1, inYear)));
							Case kase = aCase(random, agency, year, n, received);
							LocalDate concluded = received.plusDays(14 + random.nextInt(25));
							String[] outcome = closedOutcome(random);
							addApplication(application, kase);
							addCase(caseRow, kase, "ARCHIVED", outcome[0], concluded.atTime(16, 0));
							addReported(reported, sha256, kase, "ARCHIVED", outcome[0], outcome[1], concluded);
							if (tokens != null) {
								// closed cases were handled by the agency's 20 handlers in turn
								addRegistered(register, token, tokens, kase, "ARCHIVED", outcome[0],
										handler(agency, n % 20), concluded.atTime(16, 0));
							}
							applications++;
							pending++;
							if (pending >= BATCH) {
								flush(c, all);
								pending = 0;
							}
						}
					}
					// open cases of this year
					int opened = openShare.get(agency);
					for (int n = 1; n <= opened; n++) {
						LocalDate received = weekday(today.minusDays((overdue ? 90 : 30) - (long) (n - 1) * 30
								/ Math.max(1, opened)));
						Case kase = aCase(random, agency, today.getYear(), n, received);
						addApplication(application, kase);
						addCase(caseRow, kase, "IN_HANDLING", null, null);
						addReplyPeriod(ledger, kase);
						addReported(reported, sha256, kase, "IN_HANDLING", null, null, null);
						String assignee = addWorkItem(item, random, kase, n);
						if (tokens != null) {
							addRegistered(register, token, tokens, kase, "IN_HANDLING", null, assignee,
									kase.received().atTime(9, 0));
						}
						applications++;
						workItems++;
						pending++;
						if (pending >= BATCH) {
							flush(c, all);
							pending = 0;
						}
					}
					sequence.setString(1, agency);
					sequence.setInt(2, today.getYear());
					sequence.setLong(3, opened + 1L);
					sequence.addBatch();
				}
				flush(c, all);
				sequence.executeBatch();
				c.commit();
			}
		}
		return new Seeded(applications, workItems, (System.nanoTime() - started) / 1_000_000_000L, openShare);
	}

	record Case(String agency, String caseNumber, String applicantType, String name, String idNumber,
			String channel, LocalDate received, LocalDate due, String request) {
	}

	private static Case aCase(SplittableRandom random, String agency, int year, int n, LocalDate received) {
		String type = random.nextInt(10) == 0 ? "COMMERCIAL_ENTERPRISE" : "NATURAL_PERSON";
		String channel = switch (random.nextInt(4)) {
			case 0 -> "IN_PERSON";
			case 1 -> "POST_SIGNED";
			default -> "INTERNET";
		};
		return new Case(agency, "%s-%d-%06d".formatted(agency, year, n), type, applicantName(random),
				residentId(random), channel, received, received.plusDays(28),
				REQUESTS[random.nextInt(REQUESTS.length)] + "（第" + n + "号）");
	}

	private static void addApplication(PreparedStatement s, Case k) throws SQLException {
		s.setString(1, k.agency());
		s.setString(2, k.caseNumber());
		s.setString(3, k.applicantType());
		s.setString(4, k.name());
		s.setString(5, k.idNumber());
		s.setString(6, phone(k));
		s.setString(7, "applicant" + k.idNumber().substring(12, 17) + "@example.cn");
		s.setString(8, "某某市某某区某街" + (k.caseNumber().hashCode() & 0xfff) + "号");
		s.setString(9, k.request());
		s.setString(10, k.channel());
		s.setObject(11, k.received());
		s.setObject(12, k.received());
		s.setString(13, username(k.agency(), Role.CLERK));
		s.setTimestamp(14, Timestamp.valueOf(k.received().atTime(9, 0)));
		s.addBatch();
	}

	private static void addCase(PreparedStatement s, Case k, String status, String outcome, LocalDateTime closedAt)
			throws SQLException {
		s.setString(1, k.agency());
		s.setString(2, k.caseNumber());
		s.setString(3, status);
		s.setObject(4, k.received());
		s.setObject(5, k.due());
		s.setString(6, outcome);
		s.setTimestamp(7, Timestamp.valueOf(k.received().atTime(9, 0)));
		s.setTimestamp(8, closedAt == null ? null : Timestamp.valueOf(closedAt));
		s.addBatch();
	}

	/** The reply period in the deadline ledger: 20 working days from receipt (here simply four weeks). */
	private static void addReplyPeriod(PreparedStatement s, Case k) throws SQLException {
		s.setString(1, k.agency());
		s.setString(2, k.caseNumber());
		s.setObject(3, k.received());
		s.setObject(4, k.due());
		s.setString(5, "20 working days after " + k.received() + " (seeded)");
		s.setString(6, username(k.agency(), Role.CLERK));
		s.setTimestamp(7, Timestamp.valueOf(k.received().atTime(9, 0)));
		s.addBatch();
	}

	private static void addReported(PreparedStatement s, MessageDigest sha256, Case k, String status, String outcome,
			String row, LocalDate concluded) throws SQLException {
		s.setString(1, k.agency());
		s.setString(2, k.caseNumber());
		s.setString(3, k.applicantType());
		s.setString(4, HexFormat.of().formatHex(sha256.digest(k.idNumber().getBytes(StandardCharsets.UTF_8))));
		s.setString(5, k.channel());
		s.setObject(6, k.received());
		s.setString(7, status);
		s.setString(8, outcome);
		s.setString(9, row);
		s.setObject(10, concluded);
		s.setObject(11, k.received());
		s.setObject(12, k.due());
		s.setTimestamp(13, Timestamp.valueOf((concluded == null ? k.received() : concluded).atTime(17, 0)));
		s.addBatch();
	}

	/**
	 * The case's register row and search tokens; {@code handler} is the register's handler column, set only for a
	 * handler (the register lists who handles a case, not who holds its current step).
	 */
	private static void addRegistered(PreparedStatement register, PreparedStatement token, SearchTokens tokens, Case k,
			String status, String outcome, String handler, LocalDateTime updated) throws SQLException {
		String number = k.caseNumber();
		register.setString(1, k.agency());
		register.setString(2, number);
		register.setString(3, number.substring(k.agency().length() + 1));
		register.setString(4, new StringBuilder(number).reverse().toString());
		register.setObject(5, k.received());
		register.setString(6, k.channel());
		register.setString(7, k.applicantType());
		register.setString(8, ogi.casework.casework.RegisterSeeding.subject(k.request()));
		register.setString(9, status);
		register.setString(10, outcome);
		register.setString(11, handler != null && handler.startsWith(username(k.agency(), Role.HANDLER)) ? handler
				: null);
		register.setObject(12, k.due());
		register.setTimestamp(13, Timestamp.valueOf(updated));
		register.addBatch();
		for (String[] t : tokens.of(k.agency(), k.name(), k.idNumber(), phone(k), k.request())) {
			token.setString(1, k.agency());
			token.setString(2, t[0]);
			token.setString(3, t[1]);
			token.setString(4, number);
			token.setObject(5, k.received());
			token.addBatch();
		}
	}

	/** The applicant's phone as the application holds it. */
	static String phone(Case k) {
		return "138" + k.idNumber().substring(10, 18).replace('X', '0');
	}

	/** The agency's handler number {@code n} of 20 (number 0 is the role's own bench user). */
	static String handler(String agency, int n) {
		return n == 0 ? username(agency, Role.HANDLER) : username(agency, Role.HANDLER) + "-" + n;
	}

	/**
	 * One task per open case; handler steps are mostly claimed by one of 20 handlers, the rest claimable. Returns
	 * the assignee, or null.
	 */
	private static String addWorkItem(PreparedStatement s, SplittableRandom random, Case k, int n) throws SQLException {
		String step = STEPS[random.nextInt(STEPS.length)];
		String role = switch (step) {
			case "registerApplication", "deliverReply", "archiveCase" -> "CLERK";
			case "reviewReply" -> "REVIEWER";
			case "signOffReply" -> "HEAD";
			default -> "HANDLER";
		};
		String assignee = null;
		if (random.nextInt(10) < 7) {
			int who = random.nextInt(20);
			assignee = who == 0 ? username(k.agency(), Role.valueOf(role)) : username(k.agency(), Role.valueOf(role)) + "-" + who;
		}
		s.setString(1, "seed-" + k.caseNumber());
		s.setString(2, k.agency());
		s.setString(3, k.caseNumber());
		s.setString(4, step);
		s.setString(5, role);
		s.setString(6, assignee);
		s.setObject(7, k.due().plusDays(random.nextInt(5) - 2));
		s.setTimestamp(8, Timestamp.valueOf(k.received().atTime(9, 0).plusSeconds(n)));
		s.addBatch();
		return assignee;
	}

	private static String[] closedOutcome(SplittableRandom random) {
		int r = random.nextInt(20);
		if (r < 9) {
			return new String[] { "DISCLOSE", "三(一)" };
		}
		if (r < 12) {
			return new String[] { "PARTIAL", "三(二)" };
		}
		if (r < 16) {
			return new String[] { "NOT_EXIST", "三(四)1" };
		}
		if (r < 18) {
			return new String[] { "REPEAT", "三(五)2" };
		}
		return new String[] { "ABANDONED_NO_SUPPLEMENT", "三(六)1" };
	}

	private static void flush(Connection c, PreparedStatement... statements) throws SQLException {
		for (PreparedStatement s : statements) {
			s.executeBatch();
		}
		c.commit();
	}

	private static Map<String, Integer> share(List<String> agencies, int total) {
		Map<String, Integer> share = new LinkedHashMap<>();
		String busiest = busiestAgency(agencies);
		int rest = agencies.size() > 1 ? total / 2 : 0;
		share.put(agencies.get(0), 0);
		for (String agency : agencies) {
			share.put(agency, 0);
		}
		share.put(busiest, total - rest);
		List<String> others = agencies.stream().filter(a -> !a.equals(busiest)).toList();
		for (int i = 0; i < rest; i++) {
			share.merge(others.get(i % others.size()), 1, Integer::sum);
		}
		return share;
	}

	private static LocalDate weekday(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.minusDays(1)
				: day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
	}

	/** A Chinese name: a common surname and one or two given characters. */
	static String applicantName(SplittableRandom random) {
		int surname = Math.min(SURNAMES.length() - 1, (int) (Math.pow(random.nextDouble(), 2.2) * SURNAMES.length()));
		String given = String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length())));
		if (random.nextInt(3) > 0) {
			given += GIVEN.charAt(random.nextInt(GIVEN.length()));
		}
		return SURNAMES.charAt(surname) + given;
	}

	/** A resident identity number with a correct GB 11643 check digit (ISO 7064 MOD 11-2). */
	static String residentId(SplittableRandom random) {
		var body = new StringBuilder("110105");
		body.append(1950 + random.nextInt(55));
		body.append("%02d".formatted(1 + random.nextInt(12)));
		body.append("%02d".formatted(1 + random.nextInt(28)));
		body.append("%03d".formatted(random.nextInt(1000)));
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * weights[i];
		}
		return body.append("10X98765432".charAt(sum % 11)).toString();
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	// --- P1 baseline ---------------------------------------------------------------------------------------------

	/** The one row the bare-engine baseline writes next to each process it starts. */
	static final String BASELINE_TABLE = "create table if not exists bench_baseline_case (case_number varchar(64)"
			+ " not null primary key, agency_code varchar(32) not null, process_instance_id varchar(64) not null,"
			+ " received_at timestamp(3) not null)";

	static final String BASELINE_INSERT = "insert into bench_baseline_case (case_number, agency_code,"
			+ " process_instance_id, received_at) values (?, ?, ?, ?)";

	// --- P2 ------------------------------------------------------------------------------------------------------

	/** Full names that exist in the agency's register, to search for. */
	List<String> applicantNames(String agency, int count) throws SQLException {
		List<String> names = new ArrayList<>();
		try (Connection c = connect();
				var s = c.prepareStatement("select applicant_name from intake_application where agency_code = ?"
						+ " and case_number like ? order by case_number limit ?")) {
			s.setString(1, agency);
			s.setString(2, agency + "-" + FIRST_CLOSED_YEAR + "-%");
			s.setInt(3, count * 37);
			try (var rows = s.executeQuery()) {
				int i = 0;
				while (rows.next()) {
					if (i++ % 37 == 0) {
						names.add(rows.getString(1));
					}
				}
			}
		}
		return names;
	}

	/** One application of the register, as a search for it would name it. */
	record Registered(String caseNumber, String name, String idNumber, String phone, LocalDate received) {
	}

	/** {@code count} applications of {@code agency}, spread over its years, to search the register for. */
	List<Registered> registered(String agency, int count) throws SQLException {
		List<Registered> found = new ArrayList<>();
		try (Connection c = connect();
				var s = c.prepareStatement("select case_number, applicant_name, id_number, phone, receipt_date"
						+ " from intake_application where agency_code = ? and mod(crc32(case_number), ?) = 0"
						+ " order by case_number limit ?")) {
			s.setString(1, agency);
			s.setInt(2, 53);
			s.setInt(3, count);
			try (var rows = s.executeQuery()) {
				while (rows.next()) {
					String id = rows.getString(3);
					if (id == null || id.length() != 18) {
						throw new IllegalStateException("not a seeded identity number in clear: " + id);
					}
					found.add(new Registered(rows.getString(1), rows.getString(2), id, rows.getString(4),
							rows.getObject(5, LocalDate.class)));
				}
			}
		}
		return found;
	}

	/**
	 * P2 baseline of a register search: the case numbers of the first {@code limit} register rows of the agency that
	 * hold {@code token} and meet {@code condition} (on {@code r}, the register), newest receipt first, in one query.
	 */
	static List<String> registerPage(Connection c, String agency, String[] token, String condition,
			List<Object> parameters, int limit) throws SQLException {
		return registerPage(c, agency, List.<String[]>of(token), condition, parameters, limit);
	}

	/** The same with every one of {@code tokens} (each a join of the token table's key). */
	static List<String> registerPage(Connection c, String agency, List<String[]> tokens, String condition,
			List<Object> parameters, int limit) throws SQLException {
		StringBuilder from = new StringBuilder("casework_register r");
		StringBuilder tokenCondition = new StringBuilder();
		for (int t = 0; t < tokens.size(); t++) {
			from.append(" join casework_register_token t").append(t).append(" on t").append(t)
				.append(".agency_code = r.agency_code and t").append(t).append(".case_number = r.case_number");
			tokenCondition.append(" and t").append(t).append(".kind = ? and t").append(t).append(".token = ?");
		}
		try (var s = c.prepareStatement("select r.case_number from " + from + " where r.agency_code = ?" + tokenCondition
				+ (condition == null ? "" : " and " + condition)
				+ " order by r.receipt_date desc, r.case_number desc limit ?")) {
			int i = 1;
			s.setString(i++, agency);
			for (String[] token : tokens) {
				s.setString(i++, token[0]);
				s.setString(i++, token[1]);
			}
			for (Object parameter : parameters) {
				s.setObject(i++, parameter);
			}
			s.setInt(i, limit);
			return strings(s);
		}
	}

	/**
	 * P2 baseline of a words search many cases match: the case numbers of the first {@code limit} cases holding
	 * {@code token} that meet {@code condition} (on {@code r}, the register), newest receipt first, read in that order
	 * from the token's postings (ix_register_token_date).
	 */
	static List<String> registerPageByPostings(Connection c, String agency, String[] token, String condition,
			List<Object> parameters, int limit) throws SQLException {
		try (var s = c.prepareStatement("select r.case_number from casework_register_token d join casework_register r"
				+ " on r.agency_code = d.agency_code and r.case_number = d.case_number"
				+ " where d.agency_code = ? and d.kind = ? and d.token = ? and " + condition
				+ " order by d.receipt_date desc, d.case_number desc limit ?")) {
			int i = 1;
			s.setString(i++, agency);
			s.setString(i++, token[0]);
			s.setString(i++, token[1]);
			for (Object parameter : parameters) {
				s.setObject(i++, parameter);
			}
			s.setInt(i, limit);
			return strings(s);
		}
	}

	/**
	 * P2 baseline: the user's worklist page at one step in one indexed query, the way one would write it by hand
	 * (no count, no working-day arithmetic, no HTTP).
	 */
	static List<String> worklistPage(Connection c, String agency, String username, Role role, String step, int offset,
			int limit) throws SQLException {
		try (var s = c.prepareStatement("select task_id from casework_work_item where agency_code = ? and step = ?"
				+ " and (assignee = ? or (assignee is null and candidate_role = ?))"
				+ " order by due_date, created_at, task_id limit ? offset ?")) {
			s.setString(1, agency);
			s.setString(2, step);
			s.setString(3, username);
			s.setString(4, role.name());
			s.setInt(5, limit);
			s.setInt(6, offset);
			return strings(s);
		}
	}

	/** How many tasks the user sees at {@code step}: to pick a deep page. */
	static long worklistSize(Connection c, String agency, String username, Role role, String step)
			throws SQLException {
		try (var s = c.prepareStatement("select count(*) from casework_work_item where agency_code = ? and step = ?"
				+ " and (assignee = ? or (assignee is null and candidate_role = ?))")) {
			s.setString(1, agency);
			s.setString(2, step);
			s.setString(3, username);
			s.setString(4, role.name());
			try (var rows = s.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	/** P2 baseline: the register's first page for one applicant name, in one indexed query. */
	static List<String> registerPage(Connection c, String agency, String name, int limit) throws SQLException {
		try (var s = c.prepareStatement("select case_number from intake_application where agency_code = ?"
				+ " and applicant_name like ? order by receipt_date desc, case_number desc limit ?")) {
			s.setString(1, agency);
			s.setString(2, name + "%");
			s.setInt(3, limit);
			return strings(s);
		}
	}

	// --- P4 ------------------------------------------------------------------------------------------------------

	/**
	 * P4 baseline: table 3's counts for {@code agencies} and {@code year} in one aggregate query over the same rows
	 * the report reads (received by the end of the year and not concluded before it).
	 */
	static Map<String, Long> annualAggregate(Connection c, List<String> agencies, int year) throws SQLException {
		String in = agencies.stream().map(a -> "?").collect(Collectors.joining(", "));
		try (var s = c.prepareStatement("select coalesce(report_row, 'open'), applicant_type, count(*)"
				+ " from reporting_case where agency_code in (" + in + ") and receipt_date <= ?"
				+ " and (concluded_on is null or concluded_on >= ?) group by report_row, applicant_type")) {
			int i = 1;
			for (String agency : agencies) {
				s.setString(i++, agency);
			}
			s.setObject(i++, LocalDate.of(year, 12, 31));
			s.setObject(i, LocalDate.of(year, 1, 1));
			Map<String, Long> counts = new HashMap<>();
			try (var rows = s.executeQuery()) {
				while (rows.next()) {
					counts.put(rows.getString(1) + " " + rows.getString(2), rows.getLong(3));
				}
			}
			return counts;
		}
	}

	// --- P3 and the multi-node test --------------------------------------------------------------------------------

	/** Makes every waiting reply-deadline timer due at {@code at}: the reply periods of all these cases end at once. */
	int makeReplyTimersDue(Instant at) throws SQLException {
		return update("update ACT_RU_TIMER_JOB set DUEDATE_ = ? where ELEMENT_ID_ = 'replyDeadlineReached'",
				Timestamp.from(at));
	}

	/** The same for the cases in {@code caseNumbers} only. */
	int makeReplyTimersDue(Instant at, List<String> caseNumbers) throws SQLException {
		Map<String, String> processOf = pairs("select case_number, process_instance_id from casework_case");
		List<String> processes = caseNumbers.stream().map(processOf::get).filter(java.util.Objects::nonNull).toList();
		int moved = 0;
		for (List<String> chunk : chunks(processes, 500)) {
			String in = chunk.stream().map(n -> "?").collect(Collectors.joining(", "));
			Object[] parameters = new Object[chunk.size() + 1];
			parameters[0] = Timestamp.from(at);
			for (int i = 0; i < chunk.size(); i++) {
				parameters[i + 1] = chunk.get(i);
			}
			moved += update("update ACT_RU_TIMER_JOB set DUEDATE_ = ? where ELEMENT_ID_ = 'replyDeadlineReached'"
					+ " and PROCESS_INSTANCE_ID_ in (" + in + ")", parameters);
		}
		return moved;
	}

	/**
	 * Lets the reply periods of {@code caseNumbers} end on {@code dueDate} in the deadline ledger, as if that much time
	 * had passed since they were logged.
	 */
	int makeRepliesDueOn(LocalDate dueDate, List<String> caseNumbers) throws SQLException {
		int moved = 0;
		for (List<String> chunk : chunks(caseNumbers, 500)) {
			String in = chunk.stream().map(n -> "?").collect(Collectors.joining(", "));
			Object[] parameters = new Object[chunk.size() + 1];
			parameters[0] = dueDate;
			for (int i = 0; i < chunk.size(); i++) {
				parameters[i + 1] = chunk.get(i);
			}
			moved += update("update deadlines_entry set due_date = ? where kind = 'REPLY' and active = true"
					+ " and case_number in (" + in + ")", parameters);
		}
		return moved;
	}

	/** Makes every timer of one process definition due at {@code at}; the number moved. */
	int makeTimersDue(String processDefinitionId, Instant at) throws SQLException {
		return update("update ACT_RU_TIMER_JOB set DUEDATE_ = ? where PROC_DEF_ID_ = ?", Timestamp.from(at),
				processDefinitionId);
	}

	/** The process instances of one definition still running. */
	long runningInstances(String processDefinitionId) throws SQLException {
		return count("select count(*) from ACT_RU_EXECUTION where PROC_DEF_ID_ = ? and PARENT_ID_ is null",
				processDefinitionId);
	}

	/** Escalations recorded: REPLY_OVERDUE lines in the audit trail. */
	long escalations() throws SQLException {
		return count("select count(*) from audit_entry where action = 'REPLY_OVERDUE'");
	}

	/**
	 * Whether each case escalated exactly once in effect: one REPLY_OVERDUE audit line, one supervision task for the
	 * head, and the reply clock's timer gone (the clock waits for the supervision); the cases that break it.
	 */
	Map<String, String> escalationFaults(List<String> caseNumbers) throws SQLException {
		// Grouped reads joined here: ACT_* and our tables differ in collation, so a correlated subquery across them
		// cannot use an index.
		Map<String, String> processOf = pairs("select case_number, process_instance_id from casework_case");
		Map<String, Long> audits = counts("select case_number, count(*) from audit_entry where action = 'REPLY_OVERDUE'"
				+ " group by case_number");
		Map<String, Long> tasks = counts("select PROC_INST_ID_, count(*) from ACT_RU_TASK"
				+ " where TASK_DEF_KEY_ = 'superviseOverdueReply' group by PROC_INST_ID_");
		Map<String, Long> timers = counts("select PROCESS_INSTANCE_ID_, count(*) from ACT_RU_TIMER_JOB"
				+ " where ELEMENT_ID_ = 'replyDeadlineReached' group by PROCESS_INSTANCE_ID_");
		// Where a timer that did not fire stands: its lock and due time tell a lost take-over from a slow node.
		Map<String, String> timerStates = pairs("select PROCESS_INSTANCE_ID_, concat('lockOwner=', coalesce(LOCK_OWNER_,"
				+ " '-'), ' lockExpires=', coalesce(LOCK_EXP_TIME_, '-'), ' due=', DUEDATE_, ' retries=', RETRIES_,"
				+ " ' error=', coalesce(EXCEPTION_MSG_, '-')) from ACT_RU_TIMER_JOB where ELEMENT_ID_ = 'replyDeadlineReached'");
		Map<String, String> jobStates = pairs("select PROCESS_INSTANCE_ID_, concat(ELEMENT_ID_, ' lockOwner=',"
				+ " coalesce(LOCK_OWNER_, '-'), ' lockExpires=', coalesce(LOCK_EXP_TIME_, '-'), ' retries=', RETRIES_,"
				+ " ' error=', coalesce(EXCEPTION_MSG_, '-')) from ACT_RU_JOB");
		Map<String, String> faults = new LinkedHashMap<>();
		for (String caseNumber : caseNumbers) {
			String process = processOf.get(caseNumber);
			long audit = audits.getOrDefault(caseNumber, 0L);
			long task = process == null ? 0 : tasks.getOrDefault(process, 0L);
			long timer = process == null ? 0 : timers.getOrDefault(process, 0L);
			if (process == null || audit != 1 || task != 1 || timer != 0) {
				faults.put(caseNumber, "process=" + process + " auditLines=" + audit + " supervisionTasks=" + task
						+ " replyTimersLeft=" + timer + " timer[" + timerStates.get(process) + "] job["
						+ jobStates.get(process) + "] now=" + Instant.now());
			}
		}
		return faults;
	}

	/**
	 * The acknowledged cases that are not whole: the application, the case with its running process, and the timers of
	 * a logged application — the reply clock (Art. 33(2)) and the supplement-notice period (T1, Art. 30) — must all
	 * exist.
	 */
	Map<String, String> incompleteCases(List<String> caseNumbers) throws SQLException {
		Map<String, String> applications = pairs("select case_number, agency_code from intake_application");
		Map<String, String> processOf = pairs("select case_number, process_instance_id from casework_case");
		Map<String, Long> running = counts("select ID_, 1 from ACT_RU_EXECUTION where PARENT_ID_ is null");
		Map<String, Long> timers = counts("select PROCESS_INSTANCE_ID_, count(*) from ACT_RU_TIMER_JOB"
				+ " where ELEMENT_ID_ in ('supplementNoticePeriodPassed', 'replyDeadlineReached')"
				+ " group by PROCESS_INSTANCE_ID_");
		Map<String, String> faults = new LinkedHashMap<>();
		for (String caseNumber : caseNumbers) {
			String process = processOf.get(caseNumber);
			boolean runs = process != null && running.containsKey(process);
			long timer = process == null ? 0 : timers.getOrDefault(process, 0L);
			if (!applications.containsKey(caseNumber) || !runs || timer != 2) {
				faults.put(caseNumber, "application=" + applications.containsKey(caseNumber) + " process=" + process
						+ " running=" + runs + " replyClockAndSupplementNoticeTimers=" + timer);
			}
		}
		return faults;
	}

	private Map<String, String> pairs(String sql) throws SQLException {
		Map<String, String> pairs = new HashMap<>();
		try (Connection c = connect(); var s = c.createStatement(); var rows = s.executeQuery(sql)) {
			while (rows.next()) {
				pairs.put(rows.getString(1), rows.getString(2));
			}
		}
		return pairs;
	}

	private Map<String, Long> counts(String sql) throws SQLException {
		Map<String, Long> counts = new HashMap<>();
		try (Connection c = connect(); var s = c.createStatement(); var rows = s.executeQuery(sql)) {
			while (rows.next()) {
				counts.put(rows.getString(1), rows.getLong(2));
			}
		}
		return counts;
	}

	/** A seeded case that has no process yet. */
	record SeededCase(String agency, String caseNumber, LocalDate received, LocalDate replyDue) {
	}

	/** The seeded open cases without a process, for {@link CaseProcessLoader}. */
	List<SeededCase> casesWithoutProcess() throws SQLException {
		List<SeededCase> cases = new ArrayList<>();
		try (Connection c = connect(); var s = c.createStatement();
				var rows = s.executeQuery("select agency_code, case_number, receipt_date, reply_due_date from"
						+ " casework_case where process_instance_id is null and closed_at is null order by case_number")) {
			while (rows.next()) {
				cases.add(new SeededCase(rows.getString(1), rows.getString(2), rows.getObject(3, LocalDate.class),
						rows.getObject(4, LocalDate.class)));
			}
		}
		return cases;
	}

	/** Links seeded cases to the processes {@link CaseProcessLoader} started: case number → process instance id. */
	void attachProcesses(Map<String, String[]> processes) throws SQLException {
		try (Connection c = connect(); var s = c.prepareStatement(
				"update casework_case set process_instance_id = ? where agency_code = ? and case_number = ?")) {
			c.setAutoCommit(false);
			for (var entry : processes.entrySet()) {
				s.setString(1, entry.getValue()[1]);
				s.setString(2, entry.getValue()[0]);
				s.setString(3, entry.getKey());
				s.addBatch();
			}
			s.executeBatch();
			c.commit();
		}
	}

	/**
	 * Flowable's global acquire locks (rows of ACT_GE_PROPERTY): one node at a time acquires due timers, and one due
	 * async jobs. A node killed while acquiring leaves its lock held — value "instant - host" — and nothing releases it;
	 * the other nodes take it over only once it is older than the configured force-acquire time.
	 */
	static final List<String> GLOBAL_ACQUIRE_LOCKS = List.of("acquireTimerJobsLock", "acquireAsyncJobsLock");

	/** Leaves both global acquire locks held by {@code node} since {@code since}, as if it died while acquiring. */
	void holdAcquireLocksAsDeadNode(String node, Instant since) throws SQLException {
		for (String lock : GLOBAL_ACQUIRE_LOCKS) {
			update("insert into ACT_GE_PROPERTY (NAME_, VALUE_, REV_) values (?, ?, 1)"
					+ " on duplicate key update VALUE_ = values(VALUE_), REV_ = REV_ + 1", lock, since + " - " + node);
		}
	}

	/** The global acquire locks' values now (null: free). */
	Map<String, String> acquireLocks() throws SQLException {
		Map<String, String> all = pairs("select NAME_, VALUE_ from ACT_GE_PROPERTY");
		Map<String, String> locks = new LinkedHashMap<>();
		GLOBAL_ACQUIRE_LOCKS.forEach(lock -> locks.put(lock, all.get(lock)));
		return locks;
	}

	/**
	 * The server's statement counters (its global status: every client, every schema): statements received, and of
	 * them selects, inserts (a multi-row insert counts once), updates, deletes and commits.
	 */
	Map<String, Long> statementCounters() throws SQLException {
		return new java.util.TreeMap<>(counts("show global status where Variable_name in ('Questions', 'Com_select',"
				+ " 'Com_insert', 'Com_update', 'Com_delete', 'Com_commit')"));
	}

	/**
	 * Logs every statement the server receives to {@code file} (MariaDB's general log), or stops logging when
	 * {@code file} is null: {@code -Dbench.p3-general-log=/tmp/p3.log} shows what one escalation costs, statement by
	 * statement.
	 */
	void generalLog(java.nio.file.Path file) throws SQLException {
		try (Connection c = connect(); var statement = c.createStatement()) {
			if (file == null) {
				statement.execute("set global general_log = 0");
			}
			else {
				statement.execute("set global log_output = 'FILE'");
				statement.execute("set global general_log_file = '" + file.toAbsolutePath().toString().replace("'", "") + "'");
				statement.execute("set global general_log = 1");
			}
		}
	}

	/** Jobs that failed for good. */
	long deadLetterJobs() throws SQLException {
		return count("select count(*) from ACT_RU_DEADLETTER_JOB");
	}

	/** Which node holds how many executable jobs right now (the lock owner is the node's name). */
	Map<String, Long> runningJobsByNode() throws SQLException {
		Map<String, Long> owners = new HashMap<>();
		try (Connection c = connect(); var s = c.createStatement();
				var rows = s.executeQuery("select LOCK_OWNER_, count(*) from ACT_RU_JOB where LOCK_OWNER_ is not null"
						+ " group by LOCK_OWNER_")) {
			while (rows.next()) {
				owners.put(rows.getString(1), rows.getLong(2));
			}
		}
		return owners;
	}

	long count(String sql, Object... parameters) throws SQLException {
		try (Connection c = connect(); var s = c.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				s.setObject(i + 1, parameters[i]);
			}
			try (var rows = s.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	private int update(String sql, Object... parameters) throws SQLException {
		try (Connection c = connect(); var s = c.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				s.setObject(i + 1, parameters[i]);
			}
			return s.executeUpdate();
		}
	}

	private static List<String> strings(PreparedStatement s) throws SQLException {
		List<String> values = new ArrayList<>();
		try (var rows = s.executeQuery()) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	private static <T> List<List<T>> chunks(List<T> list, int size) {
		List<List<T>> chunks = new ArrayList<>();
		for (int i = 0; i < list.size(); i += size) {
			chunks.add(list.subList(i, Math.min(list.size(), i + size)));
		}
		return chunks;
	}
}
