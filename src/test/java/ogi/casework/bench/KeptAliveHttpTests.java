package ogi.casework.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The benchmark's blocking client against the JDK's own HTTP server: bodies with and without a length, one
 * connection kept for successive calls, and a new one once the server says it closes.
 */
class KeptAliveHttpTests {

	HttpServer server;

	String base;

	/** The client's port of every call the server answered: the same port, the same connection. */
	final List<Integer> clientPorts = new CopyOnWriteArrayList<>();

	final List<String> authorizations = new CopyOnWriteArrayList<>();

	@BeforeEach
	void aServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/sized", exchange -> answer(exchange, "共 3 项", false, false));
		server.createContext("/chunked", exchange -> answer(exchange, "第 2 页，共 5 页".repeat(500), true, false));
		server.createContext("/closing", exchange -> answer(exchange, "再见", false, true));
		server.start();
		base = "http://127.0.0.1:" + server.getAddress().getPort();
	}

	private void answer(HttpExchange exchange, String text, boolean chunked, boolean closing) throws IOException {
		clientPorts.add(exchange.getRemoteAddress().getPort());
		authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		if (closing) {
			exchange.getResponseHeaders().set("Connection", "close");
		}
		exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=UTF-8");
		// length 0 makes the JDK server send the body in chunks
		exchange.sendResponseHeaders(200, chunked ? 0 : body.length);
		try (var out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	@Test
	void readsBodiesWithALengthAndInChunksOnOneConnection() throws IOException {
		try (var http = new KeptAliveHttp()) {
			var sized = http.get(base + "/sized?step=handleRequest&page=0", "clerk", "秘密");
			var chunked = http.getWith(base + "/chunked", null);
			var again = http.get(base + "/sized", "clerk", "秘密");

			assertThat(sized.status()).isEqualTo(200);
			assertThat(sized.body()).isEqualTo("共 3 项");
			assertThat(chunked.body()).hasSize("第 2 页，共 5 页".length() * 500).startsWith("第 2 页，共 5 页第 2 页");
			assertThat(again.body()).isEqualTo("共 3 项");
			assertThat(clientPorts).as("all three calls on one connection").hasSize(3).containsOnly(clientPorts.get(0));
			// "clerk:秘密" in UTF-8, base64
			assertThat(authorizations).containsExactly("Basic Y2xlcms656eY5a+G", "null", "Basic Y2xlcms656eY5a+G");
		}
	}

	@Test
	void opensANewConnectionAfterTheServerSaysItCloses() throws IOException {
		try (var http = new KeptAliveHttp()) {
			assertThat(http.getWith(base + "/closing", null).body()).isEqualTo("再见");
			assertThat(http.getWith(base + "/sized", null).body()).isEqualTo("共 3 项");
			assertThat(http.getWith(base + "/sized", null).body()).isEqualTo("共 3 项");

			assertThat(clientPorts).hasSize(3);
			assertThat(clientPorts.get(1)).as("a new connection after Connection: close").isNotEqualTo(clientPorts.get(0));
			assertThat(clientPorts.get(2)).as("which is then kept").isEqualTo(clientPorts.get(1));
		}
	}
}
