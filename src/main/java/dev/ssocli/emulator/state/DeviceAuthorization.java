package dev.ssocli.emulator.state;

import java.time.Duration;
import java.time.Instant;

/** A device authorization started by sso-oidc:StartDeviceAuthorization. */
public final class DeviceAuthorization extends UserAuthorization {
    private final String deviceCode;
    private final String userCode;
    private final String startUrl;
    private Instant lastPoll;
    private int polls;
    private Duration requiredInterval;

    DeviceAuthorization(String id, ClientRegistration client, Instant expiresAt, String deviceCode, String userCode,
            String startUrl, Duration interval) {
        super(id, client, expiresAt);
        this.deviceCode = deviceCode;
        this.userCode = userCode;
        this.startUrl = startUrl;
        this.requiredInterval = interval;
    }

    public String deviceCode() {
        return deviceCode;
    }

    public String userCode() {
        return userCode;
    }

    public String startUrl() {
        return startUrl;
    }

    /**
     * Records a poll of a pending code and says whether it came too fast (RFC 8628 §3.5). The second poll may
     * follow the first at once: the CLI makes one attempt before printing the code and another right after
     * (docs/wire-protocols.md#device-code-flow steps 5 and 7). Each slow_down adds 5 seconds to the interval, as
     * clients do.
     */
    synchronized boolean pollTooFast(Instant now) {
        polls++;
        Instant previous = lastPoll;
        lastPoll = now;
        if (polls <= 2 || requiredInterval.isZero() || previous == null) {
            return false;
        }
        if (Duration.between(previous, now).compareTo(requiredInterval) < 0) {
            requiredInterval = requiredInterval.plusSeconds(5);
            return true;
        }
        return false;
    }
}
