package ogi.casework.support;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories runs with a fixed seed, so every build tries the same examples; a falsified property names the seed
 * ("Seed was …") with its smallest failing example. Pass {@code -DQT_SEED=…} to explore other examples.
 */
public final class Theories {

	/** The seed every property starts from unless {@code QT_SEED} says otherwise. */
	public static final long SEED = 20_261_202L;

	private Theories() {
	}

	/** A theory that tries {@code examples} generated examples from the fixed seed. */
	public static QuickTheory qt(int examples) {
		return QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", SEED)).withExamples(examples);
	}

	/** Dates from {@code first} to {@code last}, both included (and tried early), shrinking towards {@code first}. */
	public static Gen<LocalDate> dates(LocalDate first, LocalDate last) {
		int days = Math.toIntExact(ChronoUnit.DAYS.between(first, last));
		return SourceDSL.integers().between(0, days).map(offset -> first.plusDays(offset));
	}

	/** Dates from {@code first} to {@code last} (ISO dates), both included. */
	public static Gen<LocalDate> dates(String first, String last) {
		return dates(LocalDate.parse(first), LocalDate.parse(last));
	}
}
