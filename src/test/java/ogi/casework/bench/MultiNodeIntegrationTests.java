package ogi.casework.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import ogi.casework.accounts.Role;

/**
 * Three application JVMs (the packaged jar, production profile) on one MariaDB: a calendar change on one node
 * reaches the others; a node killed with {@code kill -9} while applications are being logged loses none that it
 * acknowledged; the surviving nodes fire every reply timer — the killed node's cases' and those a second killed
 * node held locked — exactly once in effect, even when a dead node left Flowable's global acquire locks held. To let the reply periods pass, the test moves their due dates in the
 * deadline ledger to yesterday and makes the reply clocks' timers due now, as if a month had gone by. The nodes run with short job locks (20 s, checked every 5 s instead of
 * 5 min / 30 s) so that taking over a dead node's locked jobs fits in a test, and with small timer pages (10) so that
 * a burst of a few hundred timers spreads over the nodes as a burst of thousands does with the production pages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiNodeIntegrationTests {

	static final int APPLICATIONS = 120;

	final LocalDate today = LocalDate.now(BenchDatabase.ZONE);

	final List<String> agencies = BenchDatabase.agencyCodes(2);

	final String agency = BenchDatabase.busiestAgency(agencies);

	final BenchmarkRun.Queue acknowledged = new BenchmarkRun.Queue();

	final Map<String, String> acknowledgedBy = new ConcurrentHashMap<>();

	AppCluster cluster;

	@BeforeAll
	void startThreeNodesOnOneDatabase() throws Exception {
		cluster = AppCluster.start(3, Path.of("target", "multi-node"), agencies, 4, Map.of(
				"ogi.calendar.refresh-interval", "1s",
				"flowable.process.async.executor.timer-lock-time", "20s",
				"flowable.process.async.executor.async-job-lock-time", "20s",
				"flowable.process.async.executor.reset-expired-jobs-interval", "5s",
				"flowable.process.async.executor.max-timer-jobs-per-acquisition", "10",
				"flowable.process.async.executor.max-async-jobs-due-per-acquisition", "10",
				"flowable.process.async.executor.default-timer-job-acquire-wait-time", "1s",
				"flowable.process.async.executor.default-async-job-acquire-wait-time", "1s",
				"logging.level.org.flowable.job.service.impl.asyncexecutor", "DEBUG"));
	}

	@AfterAll
	void stopTheNodes() throws Exception {
		if (cluster != null) {
			cluster.close();
		}
	}

	@Test
	@Order(1)
	void aCalendarLoadedOnOneNodeReachesTheOthers() throws Exception {
		var api = new Load.Api();
		String admin = BenchDatabase.username(agency, Role.ADMIN);
		String platform = BenchDatabase.username(agency, Role.PLATFORM_ADMIN);
		String day = "/api/calendar/days?from=2095-01-03&to=2095-01-03";
		for (AppNode node : cluster.nodes()) {
			assertThat(api.get(node.baseUrl() + day, admin, BenchDatabase.PASSWORD).body())
				.as("Monday 2095-01-03 before any notice of 2095, on %s", node.name()).contains("\"workingDay\":true");
		}

		var loaded = api.post(cluster.nodes().get(0).baseUrl() + "/api/calendar/notices", platform,
				BenchDatabase.PASSWORD,
				"""
						{"year": 2095, "noticeUrl": "https://example.org/synthetic/2095",
						 "days": [{"date": "2095-01-03", "name": "元旦", "offDay": true}]}""");

		assertThat(loaded.status()).as(loaded.body()).isEqualTo(201);
		for (AppNode node : cluster.nodes().subList(1, 3)) {
			String seen = "";
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (System.nanoTime() < deadline && !seen.contains("\"workingDay\":false")) {
				Thread.sleep(250);
				seen = api.get(node.baseUrl() + day, admin, BenchDatabase.PASSWORD).body();
			}
			assertThat(seen).as("2095-01-03 on %s after node-1 loaded the notice", node.name())
				.contains("\"workingDay\":false", "元旦");
		}
	}

	@Test
	@Order(2)
	void aNodeKilledWhileApplicationsAreLoggedLosesNoneItAcknowledged() throws Exception {
		var api = new Load.Api();
		List<AppNode> nodes = cluster.nodes();
		AppNode victim = nodes.get(2);
		String clerk = BenchDatabase.username(agency, Role.CLERK);
		AtomicBoolean killed = new AtomicBoolean();
		AtomicLong refusedAfterKill = new AtomicLong();
		Map<Integer, SplittableRandom> randoms = new ConcurrentHashMap<>();

		Load.Result run = Load.run(6, Duration.ofMinutes(5), APPLICATIONS, (thread, sequence) -> {
			if (sequence == APPLICATIONS / 3 && killed.compareAndSet(false, true)) {
				victim.kill9();
			}
			AppNode node = nodes.get(sequence % nodes.size());
			var random = randoms.computeIfAbsent(thread, t -> new SplittableRandom(500L + t));
			try {
				var reply = api.post(node.baseUrl() + "/api/applications", clerk, BenchDatabase.PASSWORD,
						Load.anApplication(random, today, sequence));
				if (reply.status() == 201) {
					String caseNumber = Load.Api.caseNumber(reply.body());
					acknowledged.add(caseNumber);
					acknowledgedBy.put(caseNumber, node.name());
					return true;
				}
				return false;
			}
			catch (java.io.IOException refused) {
				if (node == victim) {
					refusedAfterKill.incrementAndGet();
				}
				return false;
			}
		});

		assertThat(victim.alive()).isFalse();
		assertThat(acknowledgedBy.values()).as("cases node-3 acknowledged before it was killed").contains("node-3");
		assertThat(refusedAfterKill.get()).as("requests node-3 could not answer after kill -9").isPositive();
		assertThat(run.ok()).isEqualTo(acknowledged.size());
		assertThat(cluster.database().incompleteCases(acknowledged.list()))
			.as("acknowledged cases without their application, case, running process, reply clock or T1 timer")
			.isEmpty();
		assertThat(cluster.database().count("select count(*) from intake_application a where not exists (select 1"
				+ " from casework_case k where k.agency_code = a.agency_code and k.case_number = a.case_number)"))
			.as("applications half-written by the killed node").isZero();
	}

	@Test
	@Order(3)
	void theSurvivingNodesFireEveryReplyTimerExactlyOnceAndTakeOverThoseAKilledNodeHeld() throws Exception {
		BenchDatabase db = cluster.database();
		AppNode second = cluster.nodes().get(1);
		List<String> cases = acknowledged.list();
		assertThat(cases).hasSizeGreaterThan(APPLICATIONS / 2);
		assertThat(db.makeRepliesDueOn(today.minusDays(1), cases)).as("reply periods ended yesterday")
			.isEqualTo(cases.size());

		// node-3, killed in the previous test, is taken to have died while acquiring jobs: it leaves both of Flowable's
		// global acquire locks held and nothing ever releases them. Planted again until it stays, so that a live node
		// releasing a lock it held at the first planting cannot clear it.
		String deadHolder = "node-3-killed-while-acquiring";
		Instant planted = null;
		for (int attempt = 0; attempt < 5 && !heldBy(db.acquireLocks(), deadHolder); attempt++) {
			planted = Instant.now();
			db.holdAcquireLocksAsDeadNode(deadHolder, planted);
			Thread.sleep(2500);
		}
		assertThat(heldBy(db.acquireLocks(), deadHolder)).as("acquire locks left held by a dead node: %s",
				db.acquireLocks()).isTrue();

		int due = db.makeReplyTimersDue(Instant.now().minusSeconds(1), cases);
		assertThat(due).isEqualTo(cases.size());
		Map<String, Long> lockedBy = new LinkedHashMap<>();
		long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
		boolean secondKilled = false;
		Instant secondKilledAt = null;
		Instant firstEscalation = null;
		long escalated;
		while (System.nanoTime() < deadline && (escalated = db.escalations()) < cases.size()) {
			if (firstEscalation == null && escalated > 0) {
				firstEscalation = Instant.now();
			}
			var running = db.runningJobsByNode();
			running.forEach((node, jobs) -> lockedBy.merge(node, jobs, Long::sum));
			if (!secondKilled && running.getOrDefault("node-2", 0L) > 0) {
				second.kill9();
				secondKilled = true;
				secondKilledAt = Instant.now();
			}
			Thread.sleep(100);
		}
		Thread.sleep(3000);

		assertThat(secondKilled).as("node-2 was killed while it held jobs").isTrue();
		// Nothing fired while the dead node's locks were younger than the 1 min after which they are taken over
		// (flowable.process.async.executor.*-force-acquire-after), and everything after.
		assertThat(Duration.between(planted, firstEscalation == null ? Instant.now() : firstEscalation))
			.as("from the dead node's locks to the first escalation").isGreaterThan(Duration.ofSeconds(50));
		assertThat(db.acquireLocks().values()).as("acquire locks taken over from the dead node")
			.noneMatch(value -> value != null && value.endsWith(deadHolder));
		assertThat(lockedBy).as("nodes seen holding jobs").containsKeys("node-1", "node-2");
		assertThat(db.escalationFaults(cases)).as("cases not escalated exactly once (node-2 killed at %s)", secondKilledAt).isEmpty();
		assertThat(db.escalations()).isEqualTo(cases.size());
		assertThat(db.deadLetterJobs()).isZero();
		assertThat(cases.stream().filter(c -> "node-3".equals(acknowledgedBy.get(c))))
			.as("cases logged on the node killed first, escalated by the survivors").isNotEmpty();
	}

	private static boolean heldBy(Map<String, String> locks, String node) {
		return locks.values().stream().allMatch(value -> value != null && value.endsWith(" - " + node));
	}
}
