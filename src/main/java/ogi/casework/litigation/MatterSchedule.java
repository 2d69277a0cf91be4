package ogi.casework.litigation;

import java.time.Instant;

/**
 * What the legalMatter process waits for: the next alarm not yet raised, or nothing; {@code concluded} once the matter
 * is decided for good and no deadline or alarm is left.
 */
public record MatterSchedule(Instant nextAlarmAt, boolean concluded) {
}
