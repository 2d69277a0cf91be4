package ogi.casework.intake;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How far back a receipt date (Art. 31) may lie when an application is logged. The law sets no limit: this is the
 * agency's choice [I], a guard against typing errors (2016 for 2026) and against applications logged long after they
 * arrived, whose reply period would already be over. Dates before the official calendar's data (spec §9.2, 2007) are
 * refused whatever this says, since no working day can be counted there.
 *
 * @param maxReceiptAge how long before today a receipt date may lie (default one year)
 */
@ConfigurationProperties("ogi.intake")
record IntakeSettings(@DefaultValue("P1Y") Period maxReceiptAge) {

	IntakeSettings {
		if (maxReceiptAge == null || maxReceiptAge.isNegative()) {
			throw new IllegalArgumentException("ogi.intake.max-receipt-age must be zero or positive, not " + maxReceiptAge);
		}
	}

	/** The defaults, for tests and tools. */
	static IntakeSettings defaults() {
		return new IntakeSettings(Period.ofYears(1));
	}
}
