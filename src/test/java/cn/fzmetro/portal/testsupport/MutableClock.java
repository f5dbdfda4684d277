package cn.fzmetro.portal.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The portal's clock in tests: the system clock until a test sets a moment (e.g. the week of
 * 国庆) and back to the system clock on {@link #reset()}. Tests that set it must reset it.
 */
public final class MutableClock extends Clock {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private volatile Instant fixed;

    public void set(ZonedDateTime at) {
        this.fixed = at.toInstant();
    }

    public void reset() {
        this.fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the portal runs on Asia/Shanghai time");
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }
}
