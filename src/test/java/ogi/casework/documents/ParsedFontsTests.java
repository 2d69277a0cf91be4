package ogi.casework.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

/** Parsed fonts are lent, never parsed beyond the limit: each parsed pair stays in the heap for the node's life. */
class ParsedFontsTests {

	@Test
	void aRenderingBeyondTheLimitWaitsForALentPairInsteadOfParsingAnother() throws Exception {
		var fonts = new ParsedFonts(resource(DocumentRendering.LATIN_FONT), resource(DocumentRendering.FONT), 2);
		var first = fonts.borrow();
		var second = fonts.borrow();

		var third = CompletableFuture.supplyAsync(fonts::borrow);
		assertThatThrownBy(() -> third.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
		fonts.giveBack(first);

		assertThat(third.get(30, TimeUnit.SECONDS)).isSameAs(first);
		assertThat(second).isNotSameAs(first);
		assertThat(fonts.parsedPairs()).isEqualTo(2);
	}

	@Test
	void aPairGivenBackIsLentAgainUnparsed() {
		var fonts = new ParsedFonts(resource(DocumentRendering.LATIN_FONT), resource(DocumentRendering.FONT), 2);
		var pair = fonts.borrow();
		fonts.giveBack(pair);

		assertThat(fonts.borrow()).isSameAs(pair);
		assertThat(fonts.parsedPairs()).isEqualTo(1);
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
