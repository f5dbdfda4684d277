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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.base.CurrentUser;
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
    private static final String BUNDLE = "items";
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

    /** Largest upload an administrator may import (one YAML file or a zip folder). */
    public static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    static final int MAX_ZIP_ENTRIES = 500;
    static final long MAX_UNZIPPED_BYTES = 20L * 1024 * 1024;

    private final DataFiles dataFiles;
    private final AreaQuery area;
    private final CatalogItemRepository items;
    private final ItemVersionRepository versions;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final BundleChecks bundleChecks;
    private final Clock clock;

    CatalogImport(DataFiles dataFiles, AreaQuery area, CatalogItemRepository items, ItemVersionRepository versions,
            CurrentUser currentUser, ApplicationEventPublisher events, BundleChecks bundleChecks, Clock clock) {
        this.dataFiles = dataFiles;
        this.area = area;
        this.items = items;
        this.versions = versions;
        this.currentUser = currentUser;
        this.events = events;
        this.bundleChecks = bundleChecks;
        this.clock = clock;
    }

    /**
     * First start (and every start): adds bundled items the database does not know yet, published
     * from today. Items already present belong to the administrators and are left as they are.
     * Files identical to those a start already imported are not parsed and checked again: every
     * item they hold exists (file names are item codes, and items are never deleted).
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
        String digest = BundleChecks.digest(files);
        if (bundleChecks.unchanged(BUNDLE, digest)) {
            return new Outcome(List.of(), List.of(), files.keySet().stream().map(CatalogImport::baseName).toList());
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
        bundleChecks.checked(BUNDLE, digest);
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
                ItemVersion v = create(doc, by);
                events.publishEvent(new ItemPublished(doc.code(), v.versionNo(), v.id(), v.info().effectiveFrom()));
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

    /**
     * An administrator's upload: one item file ({@code .yaml}/{@code .yml}) or a zip folder of them.
     * In a zip, files under an {@code items/} folder are taken when there is one (so a zipped
     * {@code catalog/} folder with its area and calendar files imports its items); otherwise every
     * YAML file. Refused whole, like {@link #importFiles}, when any file has a problem.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Outcome importUpload(String fileName, byte[] content) {
        return importFiles(unpack(fileName, content), currentUser.require().username());
    }

    /** The item files of an upload, by name; a broken or oversized upload is refused. */
    static Map<String, byte[]> unpack(String fileName, byte[] content) {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName;
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (content.length > MAX_UPLOAD_BYTES) {
            throw refused(name, "文件大小 " + content.length + " 字节超过上限 " + MAX_UPLOAD_BYTES + " 字节（规则 上传不超过 5 MB）");
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Map.of(name, content);
        }
        if (!lower.endsWith(".zip")) {
            throw refused(name, "只能导入 .yaml / .yml 事项文件或包含事项文件的 .zip 压缩包（规则 文件类型）");
        }
        Map<String, byte[]> all = new LinkedHashMap<>();
        long total = 0;
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(content),
                java.nio.charset.StandardCharsets.UTF_8)) {
            java.util.zip.ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String entryName = entry.getName().replace('\\', '/');
                String base = entryName.substring(entryName.lastIndexOf('/') + 1);
                String entryLower = base.toLowerCase(java.util.Locale.ROOT);
                if (entry.isDirectory() || base.startsWith(".") || entryName.startsWith("__MACOSX/")
                        || !(entryLower.endsWith(".yaml") || entryLower.endsWith(".yml"))) {
                    continue;
                }
                if (all.size() >= MAX_ZIP_ENTRIES) {
                    throw refused(name, "压缩包内事项文件超过 " + MAX_ZIP_ENTRIES + " 个（规则 文件数量上限）");
                }
                byte[] bytes = zip.readNBytes((int) Math.min(MAX_UNZIPPED_BYTES - total + 1, Integer.MAX_VALUE - 8));
                total += bytes.length;
                if (total > MAX_UNZIPPED_BYTES) {
                    throw refused(name, "压缩包解压后超过 " + MAX_UNZIPPED_BYTES + " 字节（规则 解压大小上限）");
                }
                all.put(entryName, bytes);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw refused(name, "不是有效的 zip 压缩包：" + e.getMessage() + "（规则 文件格式）");
        }
        Map<String, byte[]> inItems = new LinkedHashMap<>();
        all.forEach((entryName, bytes) -> {
            if (("/" + entryName).contains("/items/")) {
                inItems.put(entryName, bytes);
            }
        });
        Map<String, byte[]> files = inItems.isEmpty() ? all : inItems;
        if (files.isEmpty()) {
            throw refused(name, "压缩包中没有 .yaml 事项文件（规则 至少一个事项文件）");
        }
        return files;
    }

    private static RefusedException refused(String file, String problem) {
        return new RefusedException(List.of(new DataFileException(file, List.of(problem))));
    }

    private ItemVersion create(ItemDocument doc, String by) {
        var now = clock.instant();
        items.save(new CatalogItem(doc, now));
        ItemVersion v = new ItemVersion(doc.code(), 1, write(doc), by, now);
        v.publish(LocalDate.now(clock), by, now);
        return versions.saveAndFlush(v);
    }

    /** Parses and checks every file; refuses the whole set if any file has a problem. */
    private List<CheckedItem> check(Map<String, byte[]> files) {
        List<CheckedItem> checked = new ArrayList<>();
        List<DataFileException> refused = new ArrayList<>();
        Map<String, String> fileByCode = new LinkedHashMap<>();
        for (var e : files.entrySet()) {
            String file = e.getKey();
            try {
                JsonNode node = dataFiles.readAndValidate(file, "item", new ByteArrayInputStream(e.getValue()));
                ItemDocument doc = dataFiles.json().treeToValue(node, ItemDocument.class);
                String expected = baseName(file);
                List<String> problems = ItemRules.check(expected, doc, code -> area.department(code).isPresent());
                String other = fileByCode.putIfAbsent(doc.code(), file);
                if (other != null) {
                    problems = new ArrayList<>(problems);
                    problems.add("字段 $.code：事项编码 " + doc.code() + " 在本次导入中已由文件 " + other + " 提供（规则 每个事项只导入一个文件）");
                }
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
