package io.kexiang.process.engine;

import java.time.Clock;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;

/**
 * The engine reads Kexiang's one clock: due dates and timers are measured on the same time as tickets and
 * cutovers, and a test moving the clock moves the engine's timers with it. Setting the time through the engine is
 * refused: the clock is not the engine's to change.
 */
final class EngineClock implements org.flowable.common.engine.impl.runtime.Clock {

    private final Clock clock;
    private final TimeZone zone;

    EngineClock(Clock clock, TimeZone zone) {
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public Date getCurrentTime() {
        return Date.from(clock.instant());
    }

    @Override
    public Calendar getCurrentCalendar() {
        return getCurrentCalendar(zone);
    }

    @Override
    public Calendar getCurrentCalendar(TimeZone timeZone) {
        Calendar calendar = Calendar.getInstance(timeZone);
        calendar.setTimeInMillis(clock.millis());
        return calendar;
    }

    @Override
    public TimeZone getCurrentTimeZone() {
        return zone;
    }

    @Override
    public void setCurrentTime(Date time) {
        throw new UnsupportedOperationException("The engine reads Kexiang's clock; it does not set it");
    }

    @Override
    public void setCurrentCalendar(Calendar time) {
        throw new UnsupportedOperationException("The engine reads Kexiang's clock; it does not set it");
    }

    @Override
    public void reset() {
        // Nothing to reset: the time is always Kexiang's.
    }
}
