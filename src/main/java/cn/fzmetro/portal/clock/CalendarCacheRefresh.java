package cn.fzmetro.portal.clock;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Lets every node of a cluster follow a calendar import made on another node. An import refreshes
 * the node that ran it at once; every node asks the database every {@code portal.clock.cache-refresh}
 * (default 30 seconds) for a fingerprint of the stored years — their number and the sum of their
 * row versions, which every import changes — and re-reads the calendar only when it changed. So a
 * node counts on an outdated calendar for at most that long after the import committed.
 */
@Component
class CalendarCacheRefresh {

    private final WorkingDays workingDays;
    private final CalendarYearRepository years;
    /** The fingerprint the snapshot was last refreshed for; empty until the first poll. */
    private final AtomicReference<String> seen = new AtomicReference<>();

    CalendarCacheRefresh(WorkingDays workingDays, CalendarYearRepository years) {
        this.workingDays = workingDays;
        this.years = years;
    }

    @Scheduled(fixedDelayString = "${portal.clock.cache-refresh:PT30S}",
            initialDelayString = "${portal.clock.cache-refresh:PT30S}")
    void poll() {
        String now = years.fingerprint();
        // the first poll refreshes too: an import elsewhere may have come between start and now
        if (!now.equals(seen.getAndSet(now))) {
            workingDays.refresh();
        }
    }
}
