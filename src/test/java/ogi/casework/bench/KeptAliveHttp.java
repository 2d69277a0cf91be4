package ogi.casework.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A blocking HTTP/1.1 client on one kept-alive connection, for measuring single calls of a few milliseconds (P2): the
 * caller's thread writes the request and reads the answer itself, as a JDBC driver does for the baseline query.
 * {@link java.net.http.HttpClient} hands every exchange between the caller, its selector thread and an executor;
 * on two cores shared with the node and the database that cost 1–2 ms at p50 and 4–5 ms at p95 of a call the
 * server answers in about 1 ms, so it measured the client more than the engine. Not thread-safe: one per thread.
 */
final class KeptAliveHttp implements AutoCloseable {

	private Socket socket;

	private InputStream in;

	private OutputStream out;

	private String connectedTo;

	/** GET with HTTP Basic for {@code user}. */
	Load.Api.Reply get(String url, String user, String password) throws IOException {
		return getWith(url, Load.Api.basic(user, password));
	}

	/** GET with the given {@code Authorization} header value (null: none). */
	Load.Api.Reply getWith(String url, String authorization) throws IOException {
		URI uri = URI.create(url);
		String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
		String request = "GET " + target + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
				+ (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "\r\n";
		boolean fresh = open(uri);
		try {
			return exchange(request);
		}
		catch (IOException e) {
			// the server closed a kept-alive connection between two calls: once more on a new one (a GET may repeat)
			close();
			if (fresh) {
				throw e;
			}
			open(uri);
			return exchange(request);
		}
	}

	private Load.Api.Reply exchange(String request) throws IOException {
		out.write(request.getBytes(StandardCharsets.UTF_8));
		out.flush();
		String status = line();
		String[] parts = status.split(" ", 3);
		if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
			throw new IOException("Not an HTTP/1.1 status line: " + status);
		}
		int code = Integer.parseInt(parts[1]);
		long length = -1;
		boolean chunked = false;
		boolean closing = false;
		for (String header = line(); !header.isEmpty(); header = line()) {
			int colon = header.indexOf(':');
			if (colon < 0) {
				continue;
			}
			String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
			String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
			switch (name) {
				case "content-length" -> length = Long.parseLong(value);
				case "transfer-encoding" -> chunked = value.contains("chunked");
				case "connection" -> closing = value.contains("close");
				default -> {
				}
			}
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (chunked) {
			for (int size = Integer.parseInt(chunkSize(line()), 16); size > 0;
					size = Integer.parseInt(chunkSize(line()), 16)) {
				body.write(exactly(size));
				line();
			}
			for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
				// trailers say nothing a measurement needs
			}
		}
		else if (length >= 0) {
			body.write(exactly((int) length));
		}
		else {
			// no length and not chunked: the body runs to the end of the connection
			body.write(in.readAllBytes());
			closing = true;
		}
		if (closing) {
			close();
		}
		return new Load.Api.Reply(code, body.toString(StandardCharsets.UTF_8));
	}

	private static String chunkSize(String line) {
		int extension = line.indexOf(';');
		return (extension < 0 ? line : line.substring(0, extension)).trim();
	}

	private byte[] exactly(int n) throws IOException {
		byte[] bytes = in.readNBytes(n);
		if (bytes.length < n) {
			throw new EOFException("The body ended after " + bytes.length + " of " + n + " bytes");
		}
		return bytes;
	}

	/** One line without its CRLF; EOF before any byte of it means the server had closed the connection. */
	private String line() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream(64);
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b < 0) {
				throw new EOFException("The connection closed in the middle of an answer");
			}
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.ISO_8859_1);
	}

	/** Opens a connection to {@code uri}'s host and port unless one is open there; returns whether it opened one. */
	private boolean open(URI uri) throws IOException {
		String address = uri.getHost() + ":" + uri.getPort();
		if (socket != null && address.equals(connectedTo)) {
			return false;
		}
		close();
		socket = new Socket();
		socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
		socket.setTcpNoDelay(true);
		socket.setSoTimeout(120_000);
		in = new BufferedInputStream(socket.getInputStream());
		out = socket.getOutputStream();
		connectedTo = address;
		return true;
	}

	@Override
	public void close() throws IOException {
		if (socket != null) {
			try {
				socket.close();
			}
			finally {
				socket = null;
				connectedTo = null;
			}
		}
	}
}
