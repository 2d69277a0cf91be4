package ogi.casework.shared;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import tools.jackson.databind.json.JsonMapper;

/**
 * Makes POST, PUT and PATCH under {@code /api/} idempotent for a client that sends an {@code Idempotency-Key} header:
 * the first request with a key runs and, when it succeeds (2xx), its response — status, {@code Location}, content type
 * and body — is kept for the user and key until {@code ogi.idempotency.ttl} passes (24 h by default). The same key from
 * the same user with the same request (method, path, query, content type and body) then gets that response again,
 * marked {@code Idempotent-Replayed: true}, and nothing runs a second time; with a different request it gets 422, and
 * while the first is still running 409. A request that fails (4xx, 5xx) keeps nothing, so its key may be used again.
 * <p>
 * Generic over every endpoint, so no controller knows about it. Runs after the security filters (it needs the user).
 * The request is kept only as a keyed hash; the stored response body is encrypted, since it may hold personal data.
 */
@Component
public class IdempotencyFilter extends OncePerRequestFilter implements Ordered {

	public static final String HEADER = "Idempotency-Key";

	public static final String REPLAYED = "Idempotent-Replayed";

	private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

	private static final List<String> METHODS = List.of("POST", "PUT", "PATCH");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final IdempotencyKeys keys;

	private final ApplicantKeys hashes;

	private final PersonalDataCipher cipher;

	private final IdempotencySettings settings;

	private final Clock clock;

	private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

	IdempotencyFilter(IdempotencyKeys keys, ApplicantKeys hashes, PersonalDataCipher cipher,
			IdempotencySettings settings, Clock clock) {
		this.keys = keys;
		this.hashes = hashes;
		this.cipher = cipher;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public int getOrder() {
		// after Spring Security's filter chain (-100), before the dispatcher
		return 0;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getHeader(HEADER) == null || !METHODS.contains(request.getMethod())
				|| !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			chain.doFilter(request, response);
			return;
		}
		String key = request.getHeader(HEADER);
		if (!VALID_KEY.matcher(key).matches()) {
			problem(response, HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", "idempotencyKeyFormat",
					HEADER + ": 1 to 200 visible ASCII characters, e.g. a UUID");
			return;
		}
		byte[] body;
		long limit = settings.maxBody().toBytes();
		try {
			body = readBody(request);
		}
		catch (RequestLimits.BodyTooLarge tooLarge) {
			// a body sent without a declared length meets the limit of RequestLimits here, where it is read first
			body = null;
			limit = Math.min(limit, tooLarge.maxBytes);
		}
		if (body == null) {
			// the same answer RequestLimits and ApiProblems give, so a client sees one 413 whoever read the body
			problem(response, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Content too large", "body",
					"maxSize", "body: at most " + limit + " bytes");
			return;
		}
		String user = authentication.getName();
		String requestHash = hashes.hash(fingerprint(request, body));
		Instant now = clock.instant();
		purgeNowAndThen(now);
		if (!reserve(user, key, requestHash, now)) {
			var stored = keys.find(user, key).orElse(null);
			if (stored == null) {
				// released between our insert and our read: the first request failed; this one may run
				if (!reserve(user, key, requestHash, now)) {
					inProgress(response);
					return;
				}
			}
			else {
				answerFromStore(stored, user, key, requestHash, response);
				return;
			}
		}
		var recorded = new ContentCachingResponseWrapper(response);
		boolean kept = false;
		try {
			chain.doFilter(new CachedBody(request, body), recorded);
			int status = recorded.getStatus();
			if (status >= 200 && status < 300) {
				String location = recorded.getHeader(HttpHeaders.LOCATION);
				keys.complete(user, key, status, location, recorded.getContentType(),
						seal(user, key, recorded.getContentAsByteArray()));
				kept = true;
			}
		}
		finally {
			if (!kept) {
				keys.release(user, key);
			}
			recorded.copyBodyToResponse();
		}
	}

	private boolean reserve(String user, String key, String requestHash, Instant now) {
		keys.forgetExpired(user, key, now);
		try {
			keys.reserve(user, key, requestHash, now, now.plus(settings.ttl()));
			return true;
		}
		catch (DuplicateKeyException taken) {
			return false;
		}
	}

	private void answerFromStore(IdempotencyKeys.Stored stored, String user, String key, String requestHash,
			HttpServletResponse response) throws IOException {
		if (!stored.requestHash().equals(requestHash)) {
			problem(response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Idempotency key reused",
					"idempotencyKeyReused", "You sent " + HEADER + " " + key + " before with a different request; "
							+ "use a new key for a new request");
			return;
		}
		if (!IdempotencyKeys.Stored.COMPLETE.equals(stored.state())) {
			inProgress(response);
			return;
		}
		response.setStatus(stored.responseStatus());
		if (stored.responseLocation() != null) {
			response.setHeader(HttpHeaders.LOCATION, stored.responseLocation());
		}
		if (stored.responseContentType() != null) {
			response.setContentType(stored.responseContentType());
		}
		response.setHeader(REPLAYED, "true");
		byte[] body = open(user, key, stored.responseBody());
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private void inProgress(HttpServletResponse response) throws IOException {
		problem(response, HttpStatus.CONFLICT, "idempotency-key-in-progress", "Request in progress",
				"idempotencyKeyInProgress", "The first request with this " + HEADER
						+ " is still being processed; ask again in a moment");
	}

	/** Method, path, query, content type and body: what makes two requests the same request. */
	private static byte[] fingerprint(HttpServletRequest request, byte[] body) {
		var out = new ByteArrayOutputStream();
		String head = request.getMethod() + " " + request.getRequestURI() + "?"
				+ (request.getQueryString() == null ? "" : request.getQueryString()) + "\n"
				+ (request.getContentType() == null ? "" : request.getContentType()) + "\n";
		out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		out.writeBytes(body);
		return out.toByteArray();
	}

	private byte[] seal(String user, String key, byte[] body) {
		return cipher.encrypt(Base64.getEncoder().encodeToString(body), context(user, key))
				.getBytes(StandardCharsets.US_ASCII);
	}

	private byte[] open(String user, String key, byte[] stored) {
		if (stored == null) {
			return new byte[0];
		}
		return Base64.getDecoder().decode(cipher.decrypt(new String(stored, StandardCharsets.US_ASCII),
				context(user, key)));
	}

	private static String context(String user, String key) {
		return "idempotency|" + user + "|" + key;
	}

	/** The body, or null when it exceeds the limit. */
	private byte[] readBody(HttpServletRequest request) throws IOException {
		long max = settings.maxBody().toBytes();
		if (request.getContentLengthLong() > max) {
			return null;
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
			return body.length > max ? null : body;
		}
	}

	/** Expired keys go at most once a minute per node; the rest of the time a lookup forgets its own expired key. */
	private void purgeNowAndThen(Instant now) {
		Instant last = lastPurge.get();
		if (now.isAfter(last.plusSeconds(60)) && lastPurge.compareAndSet(last, now)) {
			keys.purgeExpired(now);
		}
	}

	private static void problem(HttpServletResponse response, HttpStatus status, String type, String title,
			String rule, String detail) throws IOException {
		problem(response, status, type, title, HEADER, rule, detail);
	}

	private static void problem(HttpServletResponse response, HttpStatus status, String type, String title,
			String field, String rule, String detail) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "/problems/" + type);
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("rule", rule);
		problem.put("errors", List.of(Map.of("field", field, "rule", rule, "message", detail)));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(JSON.writeValueAsString(problem));
	}

	/** The request with its body read already, readable again by what follows. */
	private static final class CachedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			var in = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("synchronous reads only");
				}
			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
			return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}
	}
}
