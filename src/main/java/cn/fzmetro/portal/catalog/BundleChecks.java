package cn.fzmetro.portal.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Remembers the SHA-256 of a bundled file set that a start checked and imported completely, so
 * the next start with exactly the same files can skip the parsing and schema validation.
 */
@Component
class BundleChecks {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    BundleChecks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Names and contents in name order, each name and length included: moving bytes between files changes it. */
    static String digest(Map<String, byte[]> files) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(files).forEach((name, bytes) -> {
                sha256.update((name + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
                sha256.update(bytes);
            });
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean unchanged(String bundle, String digest) {
        List<String> stored = jdbc.queryForList("SELECT sha256 FROM catalog_bundle_check WHERE bundle = ?", String.class,
                bundle);
        return stored.contains(digest);
    }

    /** Call in the transaction that imported the files, so the mark exists exactly when the import committed. */
    void checked(String bundle, String digest) {
        Timestamp now = Timestamp.from(clock.instant());
        if (jdbc.update("UPDATE catalog_bundle_check SET sha256 = ?, checked_at = ? WHERE bundle = ?", digest, now,
                bundle) == 0) {
            jdbc.update("INSERT INTO catalog_bundle_check (bundle, sha256, checked_at) VALUES (?, ?, ?)", bundle, digest,
                    now);
        }
    }
}
