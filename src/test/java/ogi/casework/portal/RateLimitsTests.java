package ogi.casework.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import ogi.casework.portal.RateLimits.Limit;
import ogi.casework.support.MutableClock;

/**
 * The portal's rate limits with the default settings (5 submissions per client address an hour, 3 per identity number
 * a day, 30 look-ups per address and 10 per case number an hour), on a clock the test moves: each limit refuses the
 * request past it with its own message, counts each key apart, and gives the budget back as time passes.
 */
class RateLimitsTests {

	final MutableClock clock = new MutableClock(Instant.parse("2026-06-09T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

	final RateLimits limits = new RateLimits(new PortalSettings(Map.of(), DataSize.ofMegabytes(5), "", 50_000,
			Duration.ofMinutes(10), 5, 3, 30, 10, "noreply@ogi.example.cn", "http://localhost:8080"), clock);

	@Test
	void refusesTheSixthSubmissionFromOneAddressWithinAnHourButNotAnotherAddress() {
		for (int i = 0; i < 5; i++) {
			limits.take(Limit.SUBMISSIONS_PER_CLIENT, "203.0.113.7");
		}

		assertThatThrownBy(() -> limits.take(Limit.SUBMISSIONS_PER_CLIENT, "203.0.113.7")).isInstanceOf(Refused.class)
				.satisfies(e -> assertThat(((Refused) e).messageKey()).isEqualTo("portal.refused.tooManySubmissions"));
		limits.take(Limit.SUBMISSIONS_PER_CLIENT, "203.0.113.8");
	}

	@Test
	void givesAnAddressItsSubmissionsBackWithinTheHour() {
		for (int i = 0; i < 5; i++) {
			limits.take(Limit.SUBMISSIONS_PER_CLIENT, "203.0.113.7");
		}

		// refilled gradually: 5 an hour is one every 12 minutes
		clock.advance(Duration.ofMinutes(11));
		assertThatThrownBy(() -> limits.take(Limit.SUBMISSIONS_PER_CLIENT, "203.0.113.7")).isInstanceOf(Refused.class);
		clock.advance(Duration.ofMinutes(1));
		limits.take(Limit.SUBMISSIONS_PER_CLIENT, "203.0.113.7");
	}

	@Test
	void refusesTheFourthApplicationOfOneIdentityNumberUntilTheNextDay() {
		String id = "11010519491231002X";
		for (int i = 0; i < 3; i++) {
			limits.take(Limit.SUBMISSIONS_PER_IDENTITY, id);
		}

		assertThatThrownBy(() -> limits.take(Limit.SUBMISSIONS_PER_IDENTITY, id)).isInstanceOf(Refused.class)
				.satisfies(e -> assertThat(((Refused) e).messageKey())
						.isEqualTo("portal.refused.tooManySubmissionsOfApplicant"));
		// 3 a day is one every 8 hours
		clock.advance(Duration.ofHours(8));
		limits.take(Limit.SUBMISSIONS_PER_IDENTITY, id);
	}

	@Test
	void refusesTheEleventhLookUpOfOneCaseNumberAndTheThirtyFirstOfOneAddress() {
		for (int i = 0; i < 10; i++) {
			limits.take(Limit.LOOK_UPS_PER_CASE, "ALPHA-2026-000001");
		}
		for (int i = 0; i < 30; i++) {
			limits.take(Limit.LOOK_UPS_PER_CLIENT, "203.0.113.7");
		}

		assertThatThrownBy(() -> limits.take(Limit.LOOK_UPS_PER_CASE, "ALPHA-2026-000001")).isInstanceOf(Refused.class)
				.satisfies(e -> assertThat(((Refused) e).messageKey()).isEqualTo("portal.refused.tooManyLookUps"));
		assertThatThrownBy(() -> limits.take(Limit.LOOK_UPS_PER_CLIENT, "203.0.113.7")).isInstanceOf(Refused.class);
		limits.take(Limit.LOOK_UPS_PER_CASE, "ALPHA-2026-000002");
	}
}
