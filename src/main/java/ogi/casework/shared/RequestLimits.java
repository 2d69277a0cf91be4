package ogi.casework.shared;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first thing every request meets: a body longer than {@link InputSettings#maxBodySize()} is refused with 413
 * before anything reads it (by its declared length, or, for a body sent without one, as soon as the reader passes the
 * limit), and every request parameter — page forms and query strings — is normalised by {@link TextInput}, as JSON
 * texts are by {@link StrictJson}.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimits {

	/** Before the session and security filters: nothing is worth reading in a request that is too large. */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	@Bean
	FilterRegistrationBean<LimitingFilter> requestLimitsFilter(InputSettings settings) {
		var registration = new FilterRegistrationBean<>(new LimitingFilter(settings));
		registration.setOrder(ORDER);
		return registration;
	}

	/** Refuses oversized bodies and normalises parameters. */
	static final class LimitingFilter extends OncePerRequestFilter {

		private final InputSettings settings;

		private final long maxBytes;

		LimitingFilter(InputSettings settings) {
			this.settings = settings;
			this.maxBytes = settings.maxBodySize().toBytes();
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			request.setAttribute(InputSettings.REQUEST_ATTRIBUTE, settings);
			if (request.getContentLengthLong() > maxBytes) {
				tooLarge(response, maxBytes);
				return;
			}
			chain.doFilter(new LimitedRequest(request, maxBytes), response);
		}
	}

	static void tooLarge(HttpServletResponse response, long maxBytes) throws IOException {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Connection", "close");
		response.getWriter().write("{\"type\":\"/problems/payload-too-large\",\"title\":\"Content too large\","
				+ "\"status\":413,\"detail\":\"The request body is larger than " + maxBytes + " bytes\","
				+ "\"errors\":[{\"field\":\"body\",\"rule\":\"maxSize\",\"message\":\"body: at most " + maxBytes
				+ " bytes\"}]}");
	}

	/** A body read past the limit; {@link ApiProblems} answers 413. */
	static final class BodyTooLarge extends IOException {

		final long maxBytes;

		BodyTooLarge(long maxBytes) {
			super("The request body is larger than " + maxBytes + " bytes");
			this.maxBytes = maxBytes;
		}
	}

	/** The request with a counting body stream and normalised parameters. */
	static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long maxBytes;

		private ServletInputStream stream;

		private Map<String, String[]> parameters;

		LimitedRequest(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new LimitedStream(super.getInputStream(), maxBytes);
			}
			return stream;
		}

		@Override
		public String getParameter(String name) {
			String[] values = getParameterMap().get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = getParameterMap().get(name);
			return values == null ? null : values.clone();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			if (parameters == null) {
				var normalised = new LinkedHashMap<String, String[]>();
				super.getParameterMap().forEach((name, values) -> {
					String[] copy = new String[values.length];
					for (int i = 0; i < values.length; i++) {
						copy[i] = TextInput.normalise(values[i]);
					}
					normalised.put(name, copy);
				});
				parameters = Collections.unmodifiableMap(normalised);
			}
			return parameters;
		}
	}

	/** Counts what is read and fails past the limit. */
	static final class LimitedStream extends ServletInputStream {

		private final ServletInputStream in;

		private final long maxBytes;

		private long read;

		LimitedStream(ServletInputStream in, long maxBytes) {
			this.in = in;
			this.maxBytes = maxBytes;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws IOException {
			read += n;
			if (read > maxBytes) {
				throw new BodyTooLarge(maxBytes);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}
	}
}
