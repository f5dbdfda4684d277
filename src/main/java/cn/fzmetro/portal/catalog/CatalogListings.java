package cn.fzmetro.portal.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.fzmetro.portal.base.cluster.ClusterJobLock;
import cn.fzmetro.portal.base.data.DataFiles;

/**
 * Keeps each item's listing columns (name, department, category, type, pinyin initials) equal to
 * the version in force. Publishing with today's date updates them at once; a version published for
 * a later date takes over here, just after midnight of its effective date (and at every start).
 */
@Component
class CatalogListings {

    private static final Logger log = LoggerFactory.getLogger(CatalogListings.class);

    private final CatalogItemRepository items;
    private final ItemVersionRepository versions;
    private final DataFiles dataFiles;
    private final Clock clock;
    private final ClusterJobLock lock;
    /** Through the proxy, so the scheduled run has its transaction. */
    private final CatalogListings self;

    CatalogListings(CatalogItemRepository items, ItemVersionRepository versions, DataFiles dataFiles, Clock clock,
            ClusterJobLock lock, @Lazy CatalogListings self) {
        this.lock = lock;
        this.self = self;
        this.items = items;
        this.versions = versions;
        this.dataFiles = dataFiles;
        this.clock = clock;
    }

    /** On every node; one of them updates the rows (two would only collide on the items' versions). */
    @Scheduled(cron = "0 1 0 * * *", zone = "Asia/Shanghai")
    void daily() {
        lock.runOnce("catalog-listings", Duration.ofMinutes(10), Duration.ofMinutes(5), self::refresh);
    }

    /** Updates the listings that differ from the version in force; returns how many changed. */
    @Transactional
    public int refresh() {
        LocalDate today = LocalDate.now(clock);
        var now = clock.instant();
        int changed = 0;
        for (CatalogItem item : items.findAll()) {
            var current = versions.findCurrent(item.code(), today);
            if (current.isPresent() && item.showListing(
                    dataFiles.json().readValue(current.get().document(), ItemDocument.class), now)) {
                changed++;
            }
        }
        if (changed > 0) {
            log.info("Catalog listings follow newly effective versions: {} items", changed);
        }
        return changed;
    }
}
