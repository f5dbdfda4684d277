package cn.fzmetro.portal.perf.load;

/**
 * What counts as an error of an interaction: an HTTP error, a Vaadin {@code appError} or
 * {@code sessionExpired}, a timeout, or a screen that is not what the step expects.
 */
final class LoadFailure extends RuntimeException {

    LoadFailure(String message) {
        super(message);
    }

    LoadFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
