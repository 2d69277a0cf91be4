package ogi.casework.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bounded load from a few client threads: each thread repeats a request until the run's time is up (or its request
 * budget is spent), and every latency is kept. Requests go to the loopback interface only.
 */
final class Load {

	/** One request; returns whether it succeeded. */
	@FunctionalInterface
	interface Request {
		boolean call(int thread, int sequence) throws Exception;
	}

	/** What a run did: successful requests, failures, how long it took, and each latency in nanoseconds. */
	record Result(int threads, long ok, long failed, double seconds, long[] latencies) {

		double perSecond() {
			return ok / seconds;
		}

		double percentileMillis(double p) {
			return Load.percentileMillis(latencies, p);
		}
	}

	private Load() {
	}

	static Result run(int threads, Duration duration, int maxRequests, Request request) throws InterruptedException {
		long deadline = System.nanoTime() + duration.toNanos();
		AtomicInteger issued = new AtomicInteger();
		AtomicLong ok = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		java.util.concurrent.atomic.AtomicReference<Exception> firstFailure = new java.util.concurrent.atomic.AtomicReference<>();
		List<long[]> perThread = new ArrayList<>();
		List<Thread> workers = new ArrayList<>();
		long started = System.nanoTime();
		for (int t = 0; t < threads; t++) {
			int thread = t;
			long[][] mine = { new long[1024] };
			int[] count = { 0 };
			Thread worker = new Thread(() -> {
				while (System.nanoTime() < deadline) {
					int sequence = issued.getAndIncrement();
					if (sequence >= maxRequests) {
						break;
					}
					long before = System.nanoTime();
					boolean success;
					try {
						success = request.call(thread, sequence);
					}
					catch (Exception e) {
						success = false;
						if (firstFailure.compareAndSet(null, e)) {
							// a run that counts failures says what the first one was
							System.err.println("bench: first failed request: " + e);
						}
					}
					long took = System.nanoTime() - before;
					if (success) {
						ok.incrementAndGet();
						if (count[0] == mine[0].length) {
							mine[0] = Arrays.copyOf(mine[0], mine[0].length * 2);
						}
						mine[0][count[0]++] = took;
					}
					else {
						failed.incrementAndGet();
					}
				}
				synchronized (perThread) {
					perThread.add(Arrays.copyOf(mine[0], count[0]));
				}
			}, "bench-client-" + t);
			workers.add(worker);
			worker.start();
		}
		for (Thread worker : workers) {
			worker.join();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		long[] all = perThread.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		return new Result(threads, ok.get(), failed.get(), seconds, all);
	}

	static double percentileMillis(long[] sortedNanos, double p) {
		if (sortedNanos.length == 0) {
			return Double.NaN;
		}
		long[] sorted = sortedNanos.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

	/** An HTTP/1.1 client calling the application's API with HTTP Basic or a bearer token. */
	static final class Api {

		private static final Pattern CASE_NUMBER = Pattern.compile("\"caseNumber\"\\s*:\\s*\"([^\"]+)\"");

		private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5)).build();

		/** A response: its status and body. */
		record Reply(int status, String body) {
		}

		Reply post(String url, String user, String password, String json) throws Exception {
			return postWith(url, basic(user, password), json);
		}

		Reply get(String url, String user, String password) throws Exception {
			return getWith(url, basic(user, password));
		}

		/** POST of {@code json} (null: no body) with the given {@code Authorization} header value (null: none). */
		Reply postWith(String url, String authorization, String json) throws Exception {
			var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120));
			if (json == null) {
				request.POST(HttpRequest.BodyPublishers.noBody());
			}
			else {
				request.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
			}
			if (authorization != null) {
				request.header("Authorization", authorization);
			}
			var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Reply(response.statusCode(), response.body());
		}

		/** GET with the given {@code Authorization} header value (null: none). */
		Reply getWith(String url, String authorization) throws Exception {
			var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120)).GET();
			if (authorization != null) {
				request.header("Authorization", authorization);
			}
			var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Reply(response.statusCode(), response.body());
		}

		/**
		 * {@code Authorization: Bearer …} with a token from {@code POST /api/tokens} (the user's password checked
		 * once).
		 */
		String bearer(String baseUrl, String user, String password) throws Exception {
			var reply = postWith(baseUrl + "/api/tokens", basic(user, password), null);
			if (reply.status() != 200) {
				throw new IllegalStateException("No token for " + user + ": HTTP " + reply.status() + " " + reply.body());
			}
			Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(reply.body());
			if (!token.find()) {
				throw new IllegalStateException("No access_token in " + reply.body());
			}
			return "Bearer " + token.group(1);
		}

		static String caseNumber(String body) {
			Matcher matcher = CASE_NUMBER.matcher(body);
			return matcher.find() ? matcher.group(1) : null;
		}

		static List<String> all(String field, String body) {
			Matcher matcher = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
			List<String> values = new ArrayList<>();
			while (matcher.find()) {
				values.add(matcher.group(1));
			}
			return values;
		}

		static String basic(String user, String password) {
			return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		}
	}

	/** A natural person's application handed in today, from a different applicant each time. */
	static String anApplication(SplittableRandom random, LocalDate submittedOn, int sequence) {
		return """
				{"applicant": {"type": "NATURAL_PERSON", "name": "%s", "idDocumentType": "RESIDENT_ID_CARD",
				               "idNumber": "%s", "phone": "13800138000", "email": "applicant@example.cn",
				               "address": "北京市西城区某街1号"},
				 "requestedInformation": "2025年本区道路维修资金的使用情况（压力测试第%d号）",
				 "provisionForm": "ELECTRONIC", "obtainingMethod": "EMAIL",
				 "channel": "IN_PERSON", "dates": {"submittedOn": "%s"}}
				""".formatted(BenchDatabase.applicantName(random), BenchDatabase.residentId(random), sequence,
				submittedOn);
	}
}
