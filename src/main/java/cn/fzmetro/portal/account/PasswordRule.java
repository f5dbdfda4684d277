package cn.fzmetro.portal.account;

/**
 * What a password set by an administrator or changed by its user must be: 8 to 64 characters
 * (BCrypt reads no further than 72 bytes), with at least one letter and one digit.
 */
final class PasswordRule {

    static final int MIN = 8;
    static final int MAX = 64;

    private PasswordRule() {
    }

    static boolean accepts(String password) {
        return password != null && password.length() >= MIN && password.length() <= MAX
                && password.chars().anyMatch(c -> c < 128 && Character.isLetter(c))
                && password.chars().anyMatch(c -> c >= '0' && c <= '9');
    }
}
