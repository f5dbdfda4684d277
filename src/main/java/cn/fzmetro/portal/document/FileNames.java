package cn.fzmetro.portal.document;

import java.text.Normalizer;
import java.util.Locale;

/** Original names made safe to keep and show, and sizes made readable. */
final class FileNames {

    static final int MAX_LENGTH = 100;
    static final String UNNAMED = "unnamed";
    private static final int MAX_EXTENSION = 10;
    private static final String WINDOWS_RESERVED = "<>:\"|?*";

    private FileNames() {
    }

    /**
     * The last path part of the name a browser sent, without control or invisible formatting
     * characters (e.g. right-to-left overrides that disguise an extension), at most 100
     * characters (code points; Chinese kept), extension preserved when shortening.
     */
    static String sanitize(String original) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(cut + 1);
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (Character.isISOControl(cp) || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                return;
            }
            if (WINDOWS_RESERVED.indexOf(cp) >= 0) {
                out.append('_');
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else {
                out.appendCodePoint(cp);
            }
        });
        name = out.toString().replaceAll(" {2,}", " ");
        // no leading dots (".." is a path part; ".pdf" is a hidden file), no trailing dots or spaces
        name = name.replaceAll("^[. ]+", "").replaceAll("[. ]+$", "");
        if (name.isEmpty()) {
            return UNNAMED;
        }
        return shorten(name);
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION + 1 ? name.substring(dot) : "";
        String base = name.substring(0, name.length() - extension.length());
        int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
        base = base.substring(0, base.offsetByCodePoints(0, keep)).strip();
        return base + extension;
    }

    /** 1536 → "1.5 KB"; binary units, the way operating systems show file sizes. */
    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        do {
            value /= 1024;
            unit++;
        } while (value >= 1024 && unit < units.length - 1);
        String number = value >= 100 || value == Math.rint(value)
                ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
        return number + " " + units[unit];
    }
}
