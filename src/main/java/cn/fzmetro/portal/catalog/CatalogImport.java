package cn.fzmetro.portal.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.base.data.DataFileException;
import cn.fzmetro.portal.base.data.DataFiles;
import tools.jackson.databind.JsonNode;

/**
 * Brings item files into the catalog: the bundled {@code catalog/items} on first start, and
 * files or zip folders an administrator uploads. A set of files is checked whole before anything
 * is applied; one bad file refuses the set with messages naming the file, the field and the rule.
 */
@Service
public class CatalogImport {

    static final String SYSTEM = "system";
    private static final Logger log = LoggerFactory.getLogger(CatalogImport.class);

    /** What one import did, by item code. */
    public record Outcome(List<String> created, List<String> drafted, List<String> unchanged) {
    }

    /** Every refused file of a set, each with its problems. */
    public static class RefusedException extends RuntimeException {
        private final List<DataFileException> files;

        public RefusedException(List<DataFileException> files) {
            super(files.stream().map(DataFileException::getMessage).reduce((a, b) -> a + " | " + b).orElse(""));
            this.files = List.copyOf(files);
        }

        public List<DataFileException> files() {
            return files;
        }
    }

    private record CheckedItem(String file, ItemDocument document) {
    }

    private final DataFiles dataFiles;
    private final AreaQuery area;
    private final CatalogItemRepository items;
    private final ItemVersionRepository versions;
    private final Clock clock;

    CatalogImport(DataFiles dataFiles, AreaQuery area, CatalogItemRepository items, ItemVersionRepository versions,
            Clock clock) {
        this.dataFiles = dataFiles;
        this.area = area;
        this.items = items;
        this.versions = versions;
        this.clock = clock;
    }

    /**
     * First start (and every start): adds bundled items the database does not know yet, published
     * from today. Items already present belong to the administrators and are left as they are.
     */
    @Transactional
    public Outcome importBundled() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:catalog/items/*.yaml")) {
                try (InputStream in = r.getInputStream()) {
                    files.put(r.getFilename(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CheckedItem> checked = check(files);
        List<String> created = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (CheckedItem c : checked) {
            if (items.existsById(c.document().code())) {
                unchanged.add(c.document().code());
            } else {
                create(c.document(), SYSTEM);
                created.add(c.document().code());
            }
        }
        if (!created.isEmpty()) {
            log.info("Imported {} catalog items from the bundled catalog", created.size());
        }
        return new Outcome(created, List.of(), unchanged);
    }

    /**
     * An administrator's import. New items are created and published; an item whose document
     * differs from its current version gets a draft to review and publish; identical ones are
     * left alone, so importing an export changes nothing.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Outcome importFiles(Map<String, byte[]> files, String by) {
        List<CheckedItem> checked = check(files);
        List<String> created = new ArrayList<>();
        List<String> drafted = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (CheckedItem c : checked) {
            ItemDocument doc = c.document();
            if (!items.existsById(doc.code())) {
                create(doc, by);
                created.add(doc.code());
                continue;
            }
            ItemDocument current = versions.findCurrent(doc.code(), today).map(this::read).orElse(null);
            ItemVersion draft = versions.findByItemCodeAndState(doc.code(), VersionState.DRAFT).orElse(null);
            if (doc.equals(current) && draft == null) {
                unchanged.add(doc.code());
            } else if (draft != null) {
                draft.edit(write(doc));
                drafted.add(doc.code());
            } else {
                versions.save(new ItemVersion(doc.code(), versions.findLastNumber(doc.code()) + 1, write(doc), by,
                        clock.instant()));
                drafted.add(doc.code());
            }
        }
        return new Outcome(created, drafted, unchanged);
    }

    private void create(ItemDocument doc, String by) {
        var now = clock.instant();
        items.save(new CatalogItem(doc, now));
        ItemVersion v = new ItemVersion(doc.code(), 1, write(doc), by, now);
        v.publish(LocalDate.now(clock), by, now);
        versions.save(v);
    }

    /** Parses and checks every file; refuses the whole set if any file has a problem. */
    private List<CheckedItem> check(Map<String, byte[]> files) {
        List<CheckedItem> checked = new ArrayList<>();
        List<DataFileException> refused = new ArrayList<>();
        for (var e : files.entrySet()) {
            String file = e.getKey();
            try {
                JsonNode node = dataFiles.readAndValidate(file, "item", new ByteArrayInputStream(e.getValue()));
                ItemDocument doc = dataFiles.json().treeToValue(node, ItemDocument.class);
                String expected = baseName(file);
                List<String> problems = ItemRules.check(expected, doc, code -> area.department(code).isPresent());
                if (!problems.isEmpty()) {
                    throw new DataFileException(file, problems);
                }
                checked.add(new CheckedItem(file, doc));
            } catch (DataFileException ex) {
                refused.add(ex);
            }
        }
        if (!refused.isEmpty()) {
            throw new RefusedException(refused);
        }
        return checked;
    }

    private static String baseName(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    ItemDocument read(ItemVersion v) {
        return dataFiles.json().readValue(v.document(), ItemDocument.class);
    }

    String write(ItemDocument doc) {
        return dataFiles.json().writeValueAsString(doc);
    }
}
