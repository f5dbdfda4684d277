package cn.fzmetro.portal.account;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Check digits of the identity numbers applicants register with. */
public final class IdentityNumbers {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private IdentityNumbers() {
    }

    /** Resident identity number, GB 11643-1999: 17 digits with a real birth date, then the check character. */
    public static boolean isValidResidentId(String id) {
        if (id == null || !id.matches("\\d{17}[\\dX]")) {
            return false;
        }
        try {
            LocalDate.parse(id.substring(6, 14), BIRTH);
        } catch (DateTimeParseException e) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11) == id.charAt(17);
    }

    /** Unified social credit code, GB 32100-2015: 17 characters then a mod-31 check character. */
    public static boolean isValidCreditCode(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = USCC_CHARS.indexOf(code.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += v * USCC_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return USCC_CHARS.charAt(check) == code.charAt(17);
    }

    /** {@code 3501**********1234}: the first four and last four characters stay visible. */
    public static String mask(String number) {
        if (number == null || number.length() <= 8) {
            return number;
        }
        return number.substring(0, 4) + "*".repeat(number.length() - 8) + number.substring(number.length() - 4);
    }
}
