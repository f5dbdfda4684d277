package cn.fzmetro.portal.perf.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Secondary indexes that a bulk load would fill in random key order (and so, with a small buffer
 * pool, page by page from disk): dropped before the load and built afterwards by sorting, which
 * InnoDB does in one pass. Each comes back exactly as the Flyway migration defined it; whatever is
 * missing at the end (also after a failed run) is created again. MySQL/MariaDB only.
 */
final class Indexes {

    record Deferred(String table, String name, boolean foreignKey, String drop, String create) {
    }

    static final List<Deferred> DEFERRED = List.of(
            new Deferred("case_history", "ix_history_actor", false, "ALTER TABLE case_history DROP INDEX ix_history_actor",
                    "CREATE INDEX ix_history_actor ON case_history (actor_name, occurred_at)"),
            new Deferred("stored_file", "ix_stored_file_sha256", false,
                    "ALTER TABLE stored_file DROP INDEX ix_stored_file_sha256",
                    "CREATE INDEX ix_stored_file_sha256 ON stored_file (sha256)"),
            // the uploader's foreign key and the index InnoDB made for it (same name)
            new Deferred("stored_file", "fk_stored_file_uploader", true,
                    "ALTER TABLE stored_file DROP FOREIGN KEY fk_stored_file_uploader, DROP INDEX fk_stored_file_uploader",
                    "ALTER TABLE stored_file ADD CONSTRAINT fk_stored_file_uploader FOREIGN KEY (uploaded_by)"
                            + " REFERENCES app_user (id)"),
            new Deferred("case_file", "ix_case_applicant_id_number", false,
                    "ALTER TABLE case_file DROP INDEX ix_case_applicant_id_number",
                    "CREATE INDEX ix_case_applicant_id_number ON case_file (applicant_id_number)"));

    private Indexes() {
    }

    static boolean exists(Connection c, Deferred d) throws SQLException {
        String sql = d.foreignKey()
                ? "SELECT COUNT(*) FROM information_schema.table_constraints WHERE constraint_schema = DATABASE()"
                        + " AND table_name = ? AND constraint_name = ? AND constraint_type = 'FOREIGN KEY'"
                : "SELECT COUNT(*) FROM information_schema.statistics WHERE table_schema = DATABASE()"
                        + " AND table_name = ? AND index_name = ?";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, d.table());
            p.setString(2, d.name());
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    /** Drops the deferred indexes that exist; returns their names. */
    static List<String> drop(Connection c) throws SQLException {
        List<String> dropped = new ArrayList<>();
        for (Deferred d : DEFERRED) {
            if (exists(c, d)) {
                try (Statement s = c.createStatement()) {
                    s.execute(d.drop());
                }
                dropped.add(d.table() + "." + d.name());
            }
        }
        return dropped;
    }

    /** Creates every deferred index that is missing, one table per connection in parallel. */
    static List<String> restore(Loader.ConnectionSource connections) throws Exception {
        List<String> created = new ArrayList<>();
        List<String> tables = DEFERRED.stream().map(Deferred::table).distinct().toList();
        ExecutorService pool = Executors.newFixedThreadPool(tables.size());
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (String table : tables) {
                results.add(pool.submit(() -> {
                    List<String> done = new ArrayList<>();
                    try (Connection c = connections.open(); Statement s = c.createStatement()) {
                        s.execute("SET SESSION foreign_key_checks = 0");
                        for (Deferred d : DEFERRED) {
                            if (d.table().equals(table) && !exists(c, d)) {
                                long t0 = System.nanoTime();
                                s.execute(d.create());
                                done.add(d.table() + "." + d.name() + " ("
                                        + (System.nanoTime() - t0) / 1_000_000_000 + " s)");
                            }
                        }
                    }
                    return done;
                }));
            }
            for (Future<List<String>> f : results) {
                created.addAll(f.get());
            }
        } finally {
            pool.shutdown();
        }
        return created;
    }
}
