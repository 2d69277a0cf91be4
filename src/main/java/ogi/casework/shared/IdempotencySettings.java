package ogi.casework.shared;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How long an {@code Idempotency-Key} keeps its first response, and the largest request body it covers.
 *
 * @param ttl how long a key is remembered (default 24 hours); after that the same key starts afresh
 * @param maxBody the largest body of a request sent with a key (default 16 MB); larger ones get 413
 */
@ConfigurationProperties("ogi.idempotency")
public record IdempotencySettings(@DefaultValue("24h") Duration ttl, @DefaultValue("16MB") DataSize maxBody) {
}
