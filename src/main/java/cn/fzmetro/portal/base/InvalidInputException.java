package cn.fzmetro.portal.base;

import java.util.List;

/**
 * Bad input refused by a service, before anything changed. Each problem names the field and
 * the rule as a translation key, so every screen shows the same precise message.
 */
public class InvalidInputException extends RuntimeException {

    /** One refused field: {@code field} and {@code messageKey} are translation keys. */
    public record Problem(String field, String messageKey, Object... args) {
    }

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.messageKey()).reduce((a, b) -> a + ", " + b).orElse(""));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String messageKey, Object... args) {
        this(List.of(new Problem(field, messageKey, args)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
