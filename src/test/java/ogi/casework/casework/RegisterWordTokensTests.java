package ogi.casework.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import ogi.casework.shared.ApplicantKeys;
import ogi.casework.shared.CryptoSettings;

/**
 * The register's word index: a subject is kept as its runs of three characters, and a words search asks for some of
 * its own runs, every one of which a subject containing the words holds — so the index never loses a match that the
 * LIKE on the subject would find (letter case, width and blanks aside).
 */
class RegisterWordTokensTests {

	static final RegisterTokens TOKENS = new RegisterTokens(new ApplicantKeys(new CryptoSettings(Map.of(), null,
			Base64.getEncoder().encodeToString("lookup-key-lookup-key-lookup-key".getBytes()), false)));

	@Test
	void keepsEveryRunOfThreeCharactersOfTheSubjectOnce() {
		// 土地出让合同: 土地出, 地出让, 出让合, 让合同 — counted by hand; 出让出让: 出让出, 让出让 (the third run repeats the first)
		assertThat(TOKENS.words("A", "土地出让合同")).hasSize(4)
			.allSatisfy(token -> assertThat(token.kind()).isEqualTo(RegisterTokens.Kind.WORD));
		assertThat(TOKENS.words("A", "出让出让")).hasSize(2);
		assertThat(TOKENS.words("A", "土地")).isEmpty();
		assertThat(TOKENS.words("A", null)).isEmpty();
	}

	@Test
	void asksForAtMostFourRunsFromTheFirstToTheLast() {
		// 10 characters have 8 runs; the four asked start at 0, 2, 4 and 7 (i·7/3 rounded down)
		String words = "某河道整治工程的环境";
		var asked = TOKENS.wordsQuery("A", words);
		assertThat(asked).containsExactly(run("某河道"), run("道整治"), run("治工程"), run("的环境"));
		assertThat(TOKENS.wordsQuery("A", "地块")).isEmpty();
		assertThat(TOKENS.wordsQuery("A", "地 块 出")).containsExactly(run("地块出"));
	}

	@Test
	void tokensBelongToTheAgency() {
		assertThat(TOKENS.wordsQuery("A", "土地出让")).doesNotContainAnyElementsOf(TOKENS.wordsQuery("B", "土地出让"));
	}

	@Test
	void aSubjectContainingTheWordsHoldsEveryRunTheSearchAsksFor() {
		var random = new SplittableRandom(11);
		String alphabet = "土地出让合同规划条件第号０１２3ABCabc ";
		for (int i = 0; i < 2_000; i++) {
			String subject = text(random, alphabet, 1 + random.nextInt(60));
			int from = random.nextInt(subject.length());
			String words = subject.substring(from, from + 1 + random.nextInt(subject.length() - from));
			// the way a reader types it: another letter case, full-width digits as ASCII, blanks around
			String typed = " " + words.toUpperCase(java.util.Locale.ROOT).replace('０', '0').replace('１', '1').replace('２', '2') + " ";
			assertThat(TOKENS.words("A", subject)).as("%s in %s", typed, subject)
				.containsAll(TOKENS.wordsQuery("A", typed));
		}
	}

	private static RegisterTokens.Token run(String three) {
		return TOKENS.words("A", three).iterator().next();
	}

	private static String text(SplittableRandom random, String alphabet, int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return text.toString();
	}
}
