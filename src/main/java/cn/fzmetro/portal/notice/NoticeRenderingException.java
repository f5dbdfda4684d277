package cn.fzmetro.portal.notice;

/**
 * A notice could not be produced for a reason that is not the content's fault: the renderer ran
 * out of its time budget, too many notices are being rendered at once, or the PDF library failed.
 * The message is in Chinese and fit to show; nothing was stored.
 */
public class NoticeRenderingException extends RuntimeException {

    public NoticeRenderingException(String message) {
        super(message);
    }

    public NoticeRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
