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
 * LIKE on the subject would find (letter case, width, accents and blanks aside).
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
	void accentsAreNotComparedAsTheLikeDoesNot() {
		// Běijīng (ě U+011B, ī U+012B), typed without the tone marks, in capitals, or with the marks as combining
		// characters (e + U+030C): the same six runs of bei, eij, iji, jin, ing
		assertThat(TOKENS.wordsQuery("A", "beijing")).hasSize(4)
			.isEqualTo(TOKENS.wordsQuery("A", "BEIJING"))
			.isEqualTo(TOKENS.wordsQuery("A", "Be\u030Ciji\u0304ng"));
		assertThat(TOKENS.words("A", "北京Běijīng规划")).containsAll(TOKENS.wordsQuery("A", "beijing"));
		assertThat(TOKENS.words("A", "北京Beijing规划")).containsAll(TOKENS.wordsQuery("A", "Běijīng"));
	}

	@Test
	void tokensBelongToTheAgency() {
		assertThat(TOKENS.wordsQuery("A", "土地出让")).doesNotContainAnyElementsOf(TOKENS.wordsQuery("B", "土地出让"));
	}

	@Test
	void aSubjectContainingTheWordsHoldsEveryRunTheSearchAsksFor() {
		var random = new SplittableRandom(11);
		String alphabet = "土地出让合同规划条件第号０１２3ABCabcéèāǎĒ ";
		for (int i = 0; i < 2_000; i++) {
			String subject = text(random, alphabet, 1 + random.nextInt(60));
			int from = random.nextInt(subject.length());
			String words = subject.substring(from, from + 1 + random.nextInt(subject.length() - from));
			// the way a reader types it: another letter case, full-width digits as ASCII, accents left out or added,
			// blanks around
			StringBuilder typed = new StringBuilder(" ");
			for (char c : words.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
				typed.append(switch (c) {
					case '０', '１', '２' -> String.valueOf((char) ('0' + c - '０'));
					case 'A', 'Ā', 'Ǎ' -> new String[] { "A", "Ā", "ǎ", "a\u0300" }[random.nextInt(4)];
					case 'E', 'É', 'È', 'Ē' -> new String[] { "e", "É", "è", "E\u0304" }[random.nextInt(4)];
					default -> String.valueOf(c);
				});
			}
			typed.append(' ');
			assertThat(TOKENS.words("A", subject)).as("%s in %s", typed, subject)
				.containsAll(TOKENS.wordsQuery("A", typed.toString()));
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
