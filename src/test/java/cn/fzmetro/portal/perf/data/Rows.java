package cn.fzmetro.portal.perf.data;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one table for one chunk, already encoded for the database as UTF-8 bytes: as
 * tab-separated lines for {@code LOAD DATA LOCAL INFILE} ({@code \N} for NULL), or as the value
 * lists of a multi-row {@code INSERT} (SQL literals). Timestamps are UTC, as the portal writes them
 * ({@code hibernate.jdbc.time_zone=UTC}). Strings that recur in every case (point texts, material
 * names, codes, status names) are encoded once: see {@link #ref(String)}.
 */
final class Rows {

    /** A table and the columns the generator fills, in the order values are written. */
    record Table(String name, String... columns) {

        String columnList() {
            return String.join(", ", columns);
        }
    }

    /** Encoded forms of recurring strings, by identity; one per encoding, used by one thread. */
    private static final Map<String, byte[]> TSV_CACHE = new java.util.HashMap<>();
    private static final Map<String, byte[]> SQL_CACHE = new java.util.HashMap<>();
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TSV_NULL = { '\\', 'N' };
    private static final byte[] SQL_NULL = { 'N', 'U', 'L', 'L' };

    private final Table table;
    private final boolean tsv;
    private final boolean backslashEscapes;
    private final Map<String, byte[]> cache;
    private byte[] buf;
    private int len;
    private int rows;
    private int column;
    /** Row boundaries (SQL mode) so that INSERT statements can be cut to a size the server accepts. */
    private int[] rowEnds = new int[256];

    Rows(Table table, boolean tsv, boolean backslashEscapes, int expectedRows) {
        this.table = table;
        this.tsv = tsv;
        this.backslashEscapes = backslashEscapes;
        this.cache = tsv ? TSV_CACHE : SQL_CACHE;
        this.buf = new byte[Math.max(1024, expectedRows * 160)];
    }

    static int cachedStrings() {
        return TSV_CACHE.size() + SQL_CACHE.size();
    }

    Table table() {
        return table;
    }

    int rows() {
        return rows;
    }

    boolean isEmpty() {
        return rows == 0;
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    private void put(byte b) {
        ensure(1);
        buf[len++] = b;
    }

    private void put(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
    }

    private void next() {
        ensure(1);
        if (column > 0) {
            buf[len++] = (byte) (tsv ? '\t' : ',');
        } else if (!tsv) {
            buf[len++] = '(';
        }
        column++;
    }

    /** A one-off string (a name, a case number, JSON). */
    Rows str(String value) {
        if (value == null) {
            return nul();
        }
        next();
        put(encode(value));
        return this;
    }

    /**
     * A string that recurs across cases and is always the same instance (from the reference data or
     * a constant): encoded once, then copied.
     */
    Rows ref(String value) {
        if (value == null) {
            return nul();
        }
        next();
        byte[] b = cache.get(value);
        if (b == null) {
            b = encode(value);
            cache.put(value, b);
        }
        put(b);
        return this;
    }

    /** A value encoded as this table's rows would carry it, for {@link #raw(byte[])}. */
    byte[] encodeValue(String value) {
        return encode(value);
    }

    /** A value encoded beforehand with {@link #encodeValue(String)} (same encoding). */
    Rows raw(byte[] encodedValue) {
        next();
        put(encodedValue);
        return this;
    }

    private byte[] encode(String value) {
        boolean plain = true;
        for (int i = 0; i < value.length() && plain; i++) {
            char ch = value.charAt(i);
            plain = tsv ? ch != '\t' && ch != '\n' && ch != '\r' && ch != '\\' && ch != 0
                    : ch != '\'' && !(ch == '\\' && backslashEscapes);
        }
        String escaped = value;
        if (!plain) {
            StringBuilder b = new StringBuilder(value.length() + 8);
            for (int i = 0; i < value.length(); i++) {
                char ch = value.charAt(i);
                if (tsv) {
                    switch (ch) {
                        case '\t' -> b.append("\\t");
                        case '\n' -> b.append("\\n");
                        case '\r' -> b.append("\\r");
                        case '\\' -> b.append("\\\\");
                        case 0 -> b.append("\\0");
                        default -> b.append(ch);
                    }
                } else if (ch == '\'') {
                    b.append("''");
                } else if (ch == '\\' && backslashEscapes) {
                    b.append("\\\\");
                } else {
                    b.append(ch);
                }
            }
            escaped = b.toString();
        }
        return (tsv ? escaped : "'" + escaped + "'").getBytes(StandardCharsets.UTF_8);
    }

    Rows num(long value) {
        next();
        if (value < 0) {
            put((byte) '-');
            if (value == Long.MIN_VALUE) {
                put("9223372036854775808".getBytes(StandardCharsets.US_ASCII));
                return this;
            }
            value = -value;
        }
        digits(value);
        return this;
    }

    private void digits(long v) {
        ensure(20);
        int start = len;
        do {
            buf[len++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v > 0);
        for (int i = start, j = len - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
    }

    Rows num(Long value) {
        return value == null ? nul() : num(value.longValue());
    }

    Rows bool(boolean value) {
        next();
        if (tsv) {
            put((byte) (value ? '1' : '0'));
        } else {
            put(value ? TRUE : FALSE);
        }
        return this;
    }

    private static final byte[] TRUE = "TRUE".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "FALSE".getBytes(StandardCharsets.US_ASCII);

    Rows bool(Boolean value) {
        return value == null ? nul() : bool(value.booleanValue());
    }

    Rows nul() {
        next();
        put(tsv ? TSV_NULL : SQL_NULL);
        return this;
    }

    /** 64 hexadecimal digits from four random longs: a SHA-256 look-alike. */
    Rows hex256(long a, long b, long c, long d) {
        next();
        ensure(66);
        if (!tsv) {
            buf[len++] = '\'';
        }
        for (long v : new long[] { a, b, c, d }) {
            for (int j = 60; j >= 0; j -= 4) {
                buf[len++] = HEX[(int) (v >>> j) & 0xf];
            }
        }
        if (!tsv) {
            buf[len++] = '\'';
        }
        return this;
    }

    /** A UTC timestamp, whole seconds since the epoch; {@code Long.MIN_VALUE} for NULL. */
    Rows ts(long epochSecond) {
        if (epochSecond == Long.MIN_VALUE) {
            return nul();
        }
        next();
        ensure(22);
        if (!tsv) {
            buf[len++] = '\'';
        }
        long day = Math.floorDiv(epochSecond, 86_400L);
        int second = (int) Math.floorMod(epochSecond, 86_400L);
        putDate(day);
        buf[len++] = ' ';
        two(second / 3600);
        buf[len++] = ':';
        two(second / 60 % 60);
        buf[len++] = ':';
        two(second % 60);
        if (!tsv) {
            buf[len++] = '\'';
        }
        return this;
    }

    Rows date(LocalDate day) {
        if (day == null) {
            return nul();
        }
        next();
        ensure(14);
        if (!tsv) {
            buf[len++] = '\'';
        }
        putDate(day.toEpochDay());
        if (!tsv) {
            buf[len++] = '\'';
        }
        return this;
    }

    /** yyyy-MM-dd of an epoch day (civil-from-days, proleptic Gregorian). */
    private void putDate(long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int) (doy - (153 * mp + 2) / 5 + 1);
        int m = (int) (mp < 10 ? mp + 3 : mp - 9);
        if (m <= 2) {
            y++;
        }
        int year = (int) y;
        buf[len++] = (byte) ('0' + year / 1000);
        buf[len++] = (byte) ('0' + year / 100 % 10);
        buf[len++] = (byte) ('0' + year / 10 % 10);
        buf[len++] = (byte) ('0' + year % 10);
        buf[len++] = '-';
        two(m);
        buf[len++] = '-';
        two(d);
    }

    private void two(int v) {
        buf[len++] = (byte) ('0' + v / 10);
        buf[len++] = (byte) ('0' + v % 10);
    }

    void end() {
        if (column != table.columns().length) {
            throw new IllegalStateException(table.name() + ": row has " + column + " values for "
                    + table.columns().length + " columns");
        }
        if (tsv) {
            put((byte) '\n');
        } else {
            put((byte) ')');
            if (rows == rowEnds.length) {
                rowEnds = Arrays.copyOf(rowEnds, rows * 2);
            }
            rowEnds[rows] = len;
            put((byte) ',');
        }
        rows++;
        column = 0;
    }

    /** The tab-separated lines, UTF-8 (the buffer itself: the rows are done). */
    byte[] tsvBytes() {
        return len == buf.length ? buf : Arrays.copyOf(buf, len);
    }

    int byteLength() {
        return len;
    }

    /** The buffer and its length, without copying. */
    java.io.InputStream stream() {
        return new java.io.ByteArrayInputStream(buf, 0, len);
    }

    /** Multi-row INSERT statements of at most about {@code maxBytes} bytes each. */
    List<String> insertStatements(int maxBytes) {
        List<String> statements = new ArrayList<>();
        String head = "INSERT INTO " + table.name() + " (" + table.columnList() + ") VALUES ";
        int start = 0;
        int row = 0;
        while (row < rows) {
            int end = row;
            while (end + 1 < rows && rowEnds[end + 1] - start < maxBytes) {
                end++;
            }
            statements.add(head + new String(buf, start, rowEnds[end] - start, StandardCharsets.UTF_8));
            start = rowEnds[end] + 1;
            row = end + 1;
        }
        return statements;
    }
}
