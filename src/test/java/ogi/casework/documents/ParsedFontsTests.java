package ogi.casework.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** The fonts are parsed once per process, by the first rendering, however many ask for them at once. */
class ParsedFontsTests {

	@Test
	void renderingsAskingAtOnceShareOnePairParsedOnce() throws Exception {
		var fonts = new ParsedFonts(resource(DocumentRendering.LATIN_FONT), resource(DocumentRendering.FONT));
		assertThat(fonts.parsedPairs()).isZero();
		var pool = Executors.newFixedThreadPool(4);
		try {
			var start = new CountDownLatch(1);
			List<Future<ParsedFonts.Pair>> asked = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				asked.add(pool.submit(() -> {
					start.await();
					return fonts.get();
				}));
			}
			start.countDown();
			var first = asked.get(0).get();
			for (var pair : asked) {
				assertThat(pair.get()).isSameAs(first);
			}
			assertThat(first.cjk().getNumberOfGlyphs()).as("the CJK font's glyphs").isGreaterThan(20_000);
			assertThat(fonts.parsedPairs()).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static byte[] resource(String name) {
		try (InputStream in = ParsedFontsTests.class.getClassLoader().getResourceAsStream(name)) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new AssertionError(e);
		}
	}
}
