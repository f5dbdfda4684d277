package cn.fzmetro.portal.catalog;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the bundled catalog after the area (items refer to its department types). */
@Component
@Order(20)
class CatalogStartup implements ApplicationRunner {

    private final CatalogImport catalogImport;
    private final CatalogListings listings;

    CatalogStartup(CatalogImport catalogImport, CatalogListings listings) {
        this.catalogImport = catalogImport;
        this.listings = listings;
    }

    @Override
    public void run(ApplicationArguments args) {
        catalogImport.importBundled();
        listings.refresh();
    }
}
