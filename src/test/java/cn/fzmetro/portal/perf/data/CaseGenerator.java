package cn.fzmetro.portal.perf.data;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import cn.fzmetro.portal.perf.data.CaseSimulator.Ids;
import cn.fzmetro.portal.perf.data.CaseSimulator.Out;
import cn.fzmetro.portal.perf.data.CaseSimulator.SampleFile;
import cn.fzmetro.portal.perf.data.CaseSimulator.Skeleton;
import cn.fzmetro.portal.perf.data.ReferenceData.Item;
import cn.fzmetro.portal.perf.data.ReferenceData.Region;
import cn.fzmetro.portal.perf.data.ReferenceData.Window;

/**
 * Fills the database: generated accounts, then the cases day by day over the last years, each
 * lived through the portal's flow up to now (see {@link CaseSimulator}), loaded in chunks over
 * several connections (see {@link Loader}); then the case number sequences, the deferred indexes
 * and fresh statistics. Ids are handed out here, in contiguous ranges above what the tables hold.
 */
public final class CaseGenerator {

    /** What a run did, for the summary and the test. */
    public record Result(long cases, Map<String, Long> rowsPerTable, long sampleFiles, double seconds,
            long firstCaseId, long lastCaseId) {

        public long rows() {
            return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final GeneratorSettings settings;
    private final Loader.ConnectionSource connections;
    private final PrintStream log;

    public CaseGenerator(GeneratorSettings settings, Loader.ConnectionSource connections, PrintStream log) {
        this.settings = settings;
        this.connections = connections;
        this.log = log;
    }

    public Result run() throws Exception {
        long t0 = System.nanoTime();
        long now = settings.now().getEpochSecond();
        LocalDate today = CaseSimulator.SHANGHAI.date(now);
        ReferenceData ref;
        boolean mysql;
        Map<String, Long> firstIds = new LinkedHashMap<>();
        Map<String, Integer> sequences = new HashMap<>();
        try (Connection c = connections.open()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase();
            mysql = product.contains("mysql") || product.contains("mariadb");
            ref = ReferenceData.read(c, today);
            String present = Reset.present(c);
            if (present != null) {
                if (!settings.reset()) {
                    throw new IllegalStateException("The database already holds " + present
                            + ". Run with -Dperf.reset=true to delete them first, or use another database.");
                }
                Reset.run(c, mysql, log);
            }
            for (String table : List.of("app_user", "case_file", "case_history", "case_checklist_line",
                    "case_correction_item", "stored_file", "case_material_file", "case_rating")) {
                firstIds.put(table, Reset.count(c, "SELECT COALESCE(MAX(id), 0) FROM " + table) + 1);
            }
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT region_code, seq_day, last_value FROM case_number_sequence")) {
                while (rs.next()) {
                    sequences.put(rs.getString(1) + "/" + rs.getDate(2).toLocalDate(), rs.getInt(3));
                }
            }
            if (mysql && settings.deferIndexes()) {
                List<String> dropped = Indexes.drop(c);
                if (!dropped.isEmpty()) {
                    log.println("Dropped for the load, built again afterwards: " + String.join(", ", dropped));
                }
            }
        }
        log.printf("Reference data: %d items, %d districts, %d windows, %d authorities, %d special calendar days%n",
                ref.items.size(), ref.districts.size(), ref.windows.size(), ref.authorities.size(),
                ref.specialDays.size());

        LocalDate first = today.minusYears(settings.years()).plusDays(1);
        WorkCalendar calendar = new WorkCalendar(first.minusYears(2), today.plusYears(3), ref.specialDays);
        SplittableRandom random = new SplittableRandom(settings.seed());
        boolean tsv = !settings.method().equals("insert");
        Ids ids = new Ids();
        ids.history = firstIds.get("case_history") - 1;
        ids.checklist = firstIds.get("case_checklist_line") - 1;
        ids.correction = firstIds.get("case_correction_item") - 1;
        ids.file = firstIds.get("stored_file") - 1;
        ids.materialFile = firstIds.get("case_material_file") - 1;
        ids.rating = firstIds.get("case_rating") - 1;
        long firstCaseId = firstIds.get("case_file");
        long sampleFiles = 0;
        Loader loader = new Loader(() -> connections.open(),
                // other databases check foreign keys: one connection keeps parents before children
                mysql ? settings.loaders() : 1, tsv, mysql,
                settings.method().equals("none"));
        Progress progress = new Progress(settings.cases(), loader, log);
        boolean ok = false;
        try {
            // accounts
            Rows users = new Rows(Tables.APP_USER, tsv, mysql, settings.applicants());
            Rows roles = new Rows(Tables.USER_ROLE, tsv, mysql, settings.applicants());
            Population.District districts = new Population.District(ref);
            Population people = new Population(ref, districts, settings.applicants(), firstIds.get("app_user"),
                    CaseSimulator.SHANGHAI.at(first, 0), random, users, roles);
            loader.submit(users);
            loader.submit(roles);
            log.printf("Accounts: %d applicants and %d staff (password %s)%n", people.applicants(),
                    people.nextId - people.firstId - people.applicants(), Population.PASSWORD);

            // cases, day by day
            long[] perDay = casesPerDay(first, today, now, calendar, random);
            ItemPicker items = new ItemPicker(ref.items, random);
            CaseSimulator simulator = new CaseSimulator(ref, calendar, people, now, ids);
            int sampleEvery = settings.sampleCases() <= 0 ? Integer.MAX_VALUE
                    : Math.max(1, settings.cases() / settings.sampleCases());
            progress.start();
            Out out = new Out(tsv, mysql, settings.chunk());
            int inChunk = 0;
            long caseId = firstCaseId;
            int index = 0;
            for (int d = 0; d < perDay.length; d++) {
                LocalDate day = first.plusDays(d);
                List<Skeleton> skeletons = new ArrayList<>((int) perDay[d]);
                for (int i = 0; i < perDay[d]; i++) {
                    skeletons.add(skeleton(ref, people, districts, items, calendar, day, now, random));
                }
                skeletons.sort(Comparator.comparingLong(Skeleton::receivedAt));
                String dayText = day.toString().replace("-", "");
                for (Skeleton sk : skeletons) {
                    String key = sk.window().regionCode() + "/" + day;
                    int seq = sequences.merge(key, 1, Integer::sum);
                    String number = sk.window().regionCode() + "-" + dayText + "-"
                            + CaseSimulator.pad(seq, 6);
                    Skeleton numbered = new Skeleton(sk.receivedAt(), sk.item(), sk.applicant(), sk.window(),
                            sk.competentRegion(), sk.online(), sk.walkIn(), number, caseId++,
                            index % sampleEvery == 0 && settings.sampleCases() > 0);
                    index++;
                    simulator.simulate(numbered, random, out);
                    if (++inChunk == settings.chunk()) {
                        sampleFiles += flush(out, loader);
                        progress.generated(inChunk);
                        out = new Out(tsv, mysql, settings.chunk());
                        inChunk = 0;
                    }
                }
            }
            sampleFiles += flush(out, loader);
            progress.generated(inChunk);
            loader.close();
            progress.stop();
            writeSequences(sequences, mysql);
            ok = true;
        } finally {
            progress.stop();
            try {
                loader.close();
            } finally {
                if (!ok && mysql && settings.deferIndexes()) {
                    log.println("Generation failed: building the dropped indexes again");
                    Indexes.restore(connections);
                }
            }
        }
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        log.printf("Loaded %,d rows in %.1f s (%,.0f rows/s)%n", loader.rowsLoaded(), loadSeconds,
                loader.rowsLoaded() / loadSeconds);
        if (mysql) {
            if (settings.deferIndexes()) {
                long ti = System.nanoTime();
                List<String> created = Indexes.restore(connections);
                log.printf("Built indexes in %.1f s: %s%n", (System.nanoTime() - ti) / 1e9, String.join(", ", created));
            }
            if (settings.analyze()) {
                long ta = System.nanoTime();
                try (Connection c = connections.open(); Statement s = c.createStatement()) {
                    s.execute("ANALYZE TABLE app_user, user_role, case_file, case_history, case_checklist_line,"
                            + " case_correction_item, stored_file, case_material_file, case_rating, case_number_sequence");
                }
                log.printf("ANALYZE TABLE in %.1f s%n", (System.nanoTime() - ta) / 1e9);
            }
        } else {
            restartIdentities();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Result(settings.cases(), loader.rowsPerTable(), sampleFiles, seconds, firstCaseId,
                firstCaseId + settings.cases() - 1);
    }

    /** Queues the chunk's rows and writes its sample files into the portal's file store. */
    private long flush(Out out, Loader loader) throws IOException {
        for (Rows rows : out.all()) {
            loader.submit(rows);
        }
        for (SampleFile f : out.sampleFiles) {
            Path target = settings.dataDir().resolve("files").resolve(f.sha256().substring(0, 2))
                    .resolve(f.sha256().substring(2, 4)).resolve(f.sha256());
            if (!Files.isRegularFile(target) || Files.size(target) != f.bytes().length) {
                Files.createDirectories(target.getParent());
                Path tmp = target.resolveSibling(f.sha256() + ".part");
                Files.write(tmp, f.bytes());
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        return out.sampleFiles.size();
    }

    /**
     * How many cases each day receives: more on working days (online applications only on the
     * others), a volume that grows over the years, and today only up to now.
     */
    private long[] casesPerDay(LocalDate first, LocalDate today, long now, WorkCalendar calendar, SplittableRandom r) {
        int days = (int) (today.toEpochDay() - first.toEpochDay()) + 1;
        double[] cumulative = new double[days];
        double sum = 0;
        for (int d = 0; d < days; d++) {
            LocalDate day = first.plusDays(d);
            double growth = 0.7 + 0.6 * d / Math.max(1, days - 1);
            double w = growth * (calendar.isWorkingDay(day) ? 1.0 : 0.08);
            if (d == days - 1) {
                long start = CaseSimulator.SHANGHAI.at(day, 0);
                w *= Math.max(0.0, Math.min(1.0, (now - start) / 86_400.0));
            }
            sum += w;
            cumulative[d] = sum;
        }
        long[] perDay = new long[days];
        for (int i = 0; i < settings.cases(); i++) {
            double u = r.nextDouble() * sum;
            int d = Arrays.binarySearch(cumulative, u);
            d = d >= 0 ? d : -d - 1;
            perDay[Math.min(days - 1, d)]++;
        }
        return perDay;
    }

    /** Where, when and who: the item, the applicant, the competent district, the window, the time. */
    private static Skeleton skeleton(ReferenceData ref, Population people, Population.District districts,
            ItemPicker items, WorkCalendar calendar, LocalDate day, long now, SplittableRandom r) {
        boolean workingDay = calendar.isWorkingDay(day);
        long dayStart = CaseSimulator.SHANGHAI.at(day, 0);
        boolean isToday = dayStart + 86_400 > now;
        Item item = null;
        boolean online = false;
        long at = 0;
        for (int attempt = 0; attempt < 50; attempt++) {
            item = items.pick(r);
            boolean canOnline = item.doc().online();
            online = canOnline && (!workingDay || r.nextInt(100) < 35);
            if (!workingDay && !online) {
                continue; // windows are closed: only online applications arrive
            }
            int minute = online ? onlineMinute(r) : officeMinute(r);
            at = dayStart + minute * 60L + r.nextInt(60);
            if (at < now) {
                break;
            }
            if (isToday && attempt > 20 && canOnline) {
                online = true;
                at = dayStart + (long) ((now - 1 - dayStart) * r.nextDouble());
                break;
            }
        }
        if (at >= now || (!workingDay && !online)) {
            // nothing fits (e.g. early today): an online application shortly before now
            item = items.pickOnline(r);
            online = true;
            at = Math.max(dayStart, now - 1 - r.nextInt(3600));
        }
        List<String> types = item.doc().applicantTypes() == null ? List.of() : item.doc().applicantTypes();
        boolean legal = types.contains("LEGAL_PERSON");
        boolean natural = types.contains("NATURAL_PERSON");
        boolean wantEnterprise = legal && (!natural || r.nextInt(100) < 60);
        int[] pool = wantEnterprise && people.enterprises.length > 0 ? people.enterprises
                : people.persons.length > 0 ? people.persons : people.enterprises;
        int applicant = pool[Names.skewed(r, pool.length)];
        Region competent = r.nextInt(100) < 88 ? ref.districts.get(people.homeDistrict[applicant])
                : ref.districts.get(districts.pick(r));
        Window window;
        if (online) {
            window = ref.windowByRegion.get(competent.code());
        } else if (r.nextInt(100) < 54) {
            window = ref.windowByRegion.get(competent.code());
        } else {
            Window other;
            do {
                other = ref.windowByRegion.get(ref.districts.get(districts.pick(r)).code());
            } while (other.regionCode().equals(competent.code()) && ref.windows.size() > 1);
            window = other;
        }
        boolean walkIn = !online && r.nextInt(100) < 30;
        return new Skeleton(at, item, applicant, window, competent.code(), online, walkIn, null, 0, false);
    }

    private static int officeMinute(SplittableRandom r) {
        return r.nextInt(100) < 60 ? 8 * 60 + 30 + r.nextInt(210) : 14 * 60 + 30 + r.nextInt(180);
    }

    private static int onlineMinute(SplittableRandom r) {
        int draw = r.nextInt(100);
        if (draw < 70) {
            return officeMinute(r);
        }
        return draw < 95 ? 7 * 60 + r.nextInt(16 * 60) : r.nextInt(24 * 60);
    }

    /** Items by popularity: a Zipf-like skew over a seeded order, market registrations up front. */
    static final class ItemPicker {

        private final List<Item> items;
        private final double[] cumulative;
        private final List<Item> online;

        ItemPicker(List<Item> all, SplittableRandom r) {
            List<Item> order = new ArrayList<>(all);
            for (int i = order.size() - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                Item t = order.get(i);
                order.set(i, order.get(j));
                order.set(j, t);
            }
            // company and business registrations are the bulk of a 通办 window's work
            order.sort(Comparator.comparingInt(i -> i.doc().department().equals("SCJG")
                    && i.code().compareTo("SCJG-011") < 0 ? 0 : 1));
            this.items = order;
            this.cumulative = new double[order.size()];
            double sum = 0;
            for (int i = 0; i < order.size(); i++) {
                sum += 1.0 / Math.pow(i + 1, 0.95);
                cumulative[i] = sum;
            }
            for (int i = 0; i < cumulative.length; i++) {
                cumulative[i] /= sum;
            }
            this.online = order.stream().filter(i -> i.doc().online()).toList();
        }

        Item pick(SplittableRandom r) {
            int i = Arrays.binarySearch(cumulative, r.nextDouble());
            return items.get(Math.min(items.size() - 1, i >= 0 ? i : -i - 1));
        }

        Item pickOnline(SplittableRandom r) {
            for (int attempt = 0; attempt < 50; attempt++) {
                Item i = pick(r);
                if (i.doc().online()) {
                    return i;
                }
            }
            return online.isEmpty() ? items.get(0) : online.get(0);
        }
    }

    /** The numbers minted: each region's day sequence at least at the highest generated number. */
    private void writeSequences(Map<String, Integer> sequences, boolean mysql) throws SQLException {
        String sql = mysql ? "INSERT INTO case_number_sequence (region_code, seq_day, last_value) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE last_value = GREATEST(last_value, VALUES(last_value))"
                : "MERGE INTO case_number_sequence (region_code, seq_day, last_value) KEY (region_code, seq_day)"
                        + " VALUES (?, ?, ?)";
        try (Connection c = connections.open(); PreparedStatement p = c.prepareStatement(sql)) {
            c.setAutoCommit(false);
            int n = 0;
            for (Map.Entry<String, Integer> e : new TreeMap<>(sequences).entrySet()) {
                String[] key = e.getKey().split("/");
                p.setString(1, key[0]);
                p.setDate(2, java.sql.Date.valueOf(LocalDate.parse(key[1])));
                p.setInt(3, e.getValue());
                p.addBatch();
                if (++n % 5000 == 0) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
            c.commit();
        }
    }

    /** H2 does not move an identity column past explicitly inserted ids: restart each above its maximum. */
    private void restartIdentities() throws SQLException {
        try (Connection c = connections.open(); Statement s = c.createStatement()) {
            for (String table : List.of("app_user", "case_file", "case_history", "case_checklist_line",
                    "case_correction_item", "stored_file", "case_material_file", "case_rating")) {
                long next = Reset.count(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
                s.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
            }
        }
    }

    /** Prints progress every ten seconds: cases, rows, rows per second, the time left. */
    private static final class Progress {

        private final long total;
        private final Loader loader;
        private final PrintStream log;
        private final AtomicLong generated = new AtomicLong();
        private final long t0 = System.nanoTime();
        private Thread thread;

        Progress(long total, Loader loader, PrintStream log) {
            this.total = total;
            this.loader = loader;
            this.log = log;
        }

        void generated(long cases) {
            generated.addAndGet(cases);
        }

        void start() {
            thread = new Thread(() -> {
                try {
                    while (true) {
                        Thread.sleep(10_000);
                        print();
                    }
                } catch (InterruptedException e) {
                    // stopped
                }
            }, "perf-progress");
            thread.setDaemon(true);
            thread.start();
        }

        private void print() {
            double s = (System.nanoTime() - t0) / 1e9;
            long cases = generated.get();
            long rows = loader.rowsLoaded();
            double fraction = total == 0 ? 1 : (double) cases / total;
            double eta = fraction <= 0 ? Double.NaN : s / fraction - s;
            log.printf("  %5.0f s: %,d of %,d cases (%.1f %%), %,d rows loaded, %,.0f rows/s, about %.0f s left%n", s,
                    cases, total, 100 * fraction, rows, rows / s, eta);
        }

        void stop() {
            if (thread != null) {
                thread.interrupt();
                thread = null;
            }
        }
    }
}
