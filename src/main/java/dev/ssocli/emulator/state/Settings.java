package dev.ssocli.emulator.state;

import java.time.Clock;
import java.time.Duration;

/**
 * The emulator's clock and lifetimes.
 *
 * @param pollInterval the device-code polling interval; polling a pending code faster gets {@code slow_down};
 *                     {@link Duration#ZERO} turns the rate limit off
 */
public record Settings(Clock clock, boolean autoApprove, Duration tokenTtl, Duration roleCredentialsTtl,
        Duration pollInterval, Duration deviceCodeTtl, Duration registrationTtl) {
}
