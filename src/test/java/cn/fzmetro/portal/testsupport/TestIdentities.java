package cn.fzmetro.portal.testsupport;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh, valid identity numbers and user names, so tests never collide on a shared database. */
public final class TestIdentities {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private TestIdentities() {
    }

    /** A resident ID number of a person born in 1990 in 仓山区, with its GB 11643 check character. */
    public static String residentId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String body = String.format("3501041990%02d%02d%03d", r.nextInt(1, 13), r.nextInt(1, 29), r.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    public static String username(String prefix) {
        return prefix + "." + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }
}
