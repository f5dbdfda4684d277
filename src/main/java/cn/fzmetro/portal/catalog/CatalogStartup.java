package cn.fzmetro.portal.catalog;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.fzmetro.portal.base.cluster.ClusterJobLock;

/** Loads the bundled catalog after the area (items refer to its department types). */
@Component
@Order(20)
class CatalogStartup implements ApplicationRunner {

    private final CatalogImport catalogImport;
    private final CatalogListings listings;
    private final ClusterJobLock startup;

    CatalogStartup(CatalogImport catalogImport, CatalogListings listings, ClusterJobLock startup) {
        this.catalogImport = catalogImport;
        this.listings = listings;
        this.startup = startup;
    }

    @Override
    public void run(ApplicationArguments args) {
        startup.startupImport(() -> {
            catalogImport.importBundled();
            listings.refresh();
        });
    }
}
