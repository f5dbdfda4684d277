package cn.fzmetro.portal.catalog;

import net.sourceforge.pinyin4j.PinyinHelper;

/** Pinyin initials of a Chinese name: 公司设立登记 → gssldj. Other characters are kept lower-cased. */
final class PinyinInitials {

    private PinyinInitials() {
    }

    static String of(String name) {
        StringBuilder sb = new StringBuilder();
        for (char c : name.toCharArray()) {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
            if (readings != null && readings.length > 0) {
                sb.append(readings[0].charAt(0));
            } else if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
