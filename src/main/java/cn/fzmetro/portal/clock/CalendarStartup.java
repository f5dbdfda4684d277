package cn.fzmetro.portal.clock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import cn.fzmetro.portal.base.cluster.ClusterJobLock;
import cn.fzmetro.portal.base.data.DataFiles;

/**
 * Loads the bundled {@code catalog/calendar/<year>.yaml} files on start, after the area and before
 * the catalog, for the years the database does not hold yet (and to replace the system's own
 * unofficial placeholder once an official file ships). Administrators' imports are never overwritten.
 * A bundled file that fails its checks stops the start: the portal must not count on a wrong calendar.
 */
@Component
@Order(15)
class CalendarStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CalendarStartup.class);

    private final DataFiles dataFiles;
    private final CalendarStore store;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final ClusterJobLock startup;

    CalendarStartup(DataFiles dataFiles, CalendarStore store, WorkingDays workingDays, Clock clock,
            ClusterJobLock startup) {
        this.dataFiles = dataFiles;
        this.store = store;
        this.workingDays = workingDays;
        this.clock = clock;
        this.startup = startup;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Integer> written = importBundled();
        if (!written.isEmpty()) {
            log.info("Imported working-day calendar years {}", written);
        }
        List<Integer> unofficial = workingDays.unofficialYears(Deadlines.localDate(clock.instant()).getYear(),
                Deadlines.localDate(clock.instant()).getYear() + 1);
        if (!unofficial.isEmpty()) {
            log.warn("No official holiday calendar for {}: counting Monday to Friday until an administrator imports it",
                    unofficial);
        }
    }

    List<Integer> importBundled() {
        List<CalendarFile> files = new ArrayList<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:catalog/calendar/*.yaml")) {
                try (InputStream in = r.getInputStream()) {
                    files.add(CalendarFile.parse(dataFiles, "catalog/calendar/" + r.getFilename(), in.readAllBytes()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Integer> written = new ArrayList<>();
        startup.startupImport(() -> written.addAll(store.importBundled(files, clock.instant())));
        workingDays.refresh();
        return written;
    }
}
