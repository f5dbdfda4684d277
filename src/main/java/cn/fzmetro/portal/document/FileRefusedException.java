package cn.fzmetro.portal.document;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.i18n.PortalI18NProvider;

/**
 * An upload refused before anything was stored. It is an {@link InvalidInputException} with one
 * problem (field {@code document.file}, key {@code document.refused.<REASON>}, the file name first
 * among the arguments), so screens that already show input problems show this one the same way.
 * {@link #getMessage()} is the Chinese message, naming the file and the reason.
 */
public class FileRefusedException extends InvalidInputException {

    public static final String FIELD = "document.file";
    private static final String BUNDLE = "document";

    private final RefusalReason reason;
    private final String fileName;
    private final List<String> details;

    FileRefusedException(RefusalReason reason, String fileName, String... details) {
        super(FIELD, reason.messageKey(), Stream.concat(Stream.of(fileName), Stream.of(details)).toArray());
        this.reason = reason;
        this.fileName = fileName;
        this.details = List.of(details);
    }

    public RefusalReason reason() {
        return reason;
    }

    /** The sanitized name of the refused file, as shown in the message. */
    public String fileName() {
        return fileName;
    }

    /** The message in the given language (Chinese unless English is asked for). */
    public String message(Locale locale) {
        Locale supported = PortalI18NProvider.supported(locale);
        String pattern = PortalI18NProvider.bundle(BUNDLE, supported).getString(reason.messageKey());
        return new MessageFormat(pattern, supported).format(problems().getFirst().args());
    }

    /** The Chinese message, naming the file and the reason. */
    @Override
    public String getMessage() {
        return message(PortalI18NProvider.CHINESE);
    }

    List<String> details() {
        return details;
    }
}
