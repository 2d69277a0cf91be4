package ogi.casework.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings.
 *
 * @param bcryptStrength the BCrypt work factor for stored passwords (tests lower it to stay fast)
 */
@ConfigurationProperties("ogi.security")
public record SecuritySettings(@DefaultValue("10") int bcryptStrength) {
}
