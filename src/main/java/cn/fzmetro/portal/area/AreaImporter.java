package cn.fzmetro.portal.area;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.fzmetro.portal.base.cluster.ClusterJobLock;
import cn.fzmetro.portal.base.data.DataFiles;
import tools.jackson.databind.JsonNode;

/**
 * Loads regions, departments, windows and authorities from {@code catalog/area} on first start.
 * Once the area exists in the database, administrators own it and the files are not read again.
 */
@Component
@Order(AreaImporter.ORDER)
class AreaImporter implements ApplicationRunner {

    /** Runs before the catalog and the demo data, which refer to regions and windows. */
    static final int ORDER = 10;

    private static final Logger log = LoggerFactory.getLogger(AreaImporter.class);

    private final DataFiles dataFiles;
    private final RegionRepository regions;
    private final DepartmentRepository departments;
    private final ServiceWindowRepository windows;
    private final AuthorityRepository authorities;
    private final TransactionTemplate transaction;
    private final ClusterJobLock startup;

    AreaImporter(TransactionTemplate transaction, DataFiles dataFiles, RegionRepository regions, DepartmentRepository departments,
            ServiceWindowRepository windows, AuthorityRepository authorities, ClusterJobLock startup) {
        this.dataFiles = dataFiles;
        this.regions = regions;
        this.departments = departments;
        this.windows = windows;
        this.authorities = authorities;
        this.transaction = transaction;
        this.startup = startup;
    }

    @Override
    public void run(ApplicationArguments args) {
        startup.startupImport(() -> transaction.executeWithoutResult(status -> importIfEmpty()));
    }

    /** Imports the bundled area files unless the area was imported before. */
    void importIfEmpty() {
        if (regions.count() > 0) {
            return;
        }
        for (JsonNode d : read("departments").path("departments")) {
            departments.save(new Department(d.path("code").asString(), d.path("name").asString()));
        }
        for (JsonNode r : read("regions").path("regions")) {
            regions.save(new Region(r.path("code").asString(), r.path("name").asString(), r.path("level").asString(),
                    r.hasNonNull("parent") ? r.path("parent").asString() : null));
        }
        for (JsonNode w : read("windows").path("windows")) {
            windows.save(new ServiceWindow(w.path("code").asString(), w.path("region").asString(),
                    w.path("name").asString(), w.path("address").asString(), w.path("hours").asString(),
                    w.path("phone").asString()));
        }
        for (JsonNode a : read("authorities").path("authorities")) {
            authorities.save(new Authority(a.path("code").asString(), a.path("region").asString(),
                    a.path("department").asString(), a.path("name").asString(), a.path("phone").asString(),
                    a.path("address").asString()));
        }
        log.info("Imported area: {} regions, {} windows, {} authorities", regions.count(), windows.count(),
                authorities.count());
    }

    private JsonNode read(String kind) {
        String file = "catalog/area/" + kind + ".yaml";
        try (InputStream in = new ClassPathResource(file).getInputStream()) {
            return dataFiles.readAndValidate(file, kind, in);
        } catch (IOException e) {
            throw new IllegalStateException("Missing bundled area file " + file, e);
        }
    }
}
