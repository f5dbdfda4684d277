package cn.fzmetro.portal.clock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-reads the calendar now and then. An import refreshes the node that ran it at once; this lets
 * the other nodes of a cluster follow within {@code portal.clock.cache-refresh} (default 10 minutes).
 */
@Component
class CalendarCacheRefresh {

    private final WorkingDays workingDays;

    CalendarCacheRefresh(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @Scheduled(fixedDelayString = "${portal.clock.cache-refresh:PT10M}", initialDelayString = "${portal.clock.cache-refresh:PT10M}")
    void refresh() {
        workingDays.refresh();
    }
}
