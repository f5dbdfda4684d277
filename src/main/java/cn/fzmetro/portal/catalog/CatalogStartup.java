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

    CatalogStartup(CatalogImport catalogImport) {
        this.catalogImport = catalogImport;
    }

    @Override
    public void run(ApplicationArguments args) {
        catalogImport.importBundled();
    }
}
