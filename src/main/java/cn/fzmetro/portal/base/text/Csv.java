package cn.fzmetro.portal.base.text;

import java.util.List;

/** CSV as spreadsheet programs read it: RFC 4180 quoting, CRLF, and no cell that runs as a formula. */
public final class Csv {

    /** Spreadsheet programs read UTF-8 Chinese correctly only after this mark. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private Csv() {
    }

    /** One quoted cell; a leading = + - @ is defused so a spreadsheet does not run it as a formula. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    /** One line of cells, ending in CRLF. */
    public static String line(List<String> cells) {
        return String.join(",", cells.stream().map(Csv::cell).toList()) + "\r\n";
    }
}
