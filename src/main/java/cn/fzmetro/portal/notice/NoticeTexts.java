package cn.fzmetro.portal.notice;

import java.text.MessageFormat;
import java.util.ResourceBundle;

import cn.fzmetro.portal.base.i18n.PortalI18NProvider;

/**
 * The fixed wording of notices. Notices are official documents issued in Chinese, so they are
 * always rendered from the Chinese bundle, whatever language the person issuing them uses.
 */
final class NoticeTexts {

    static final String BUNDLE = "notice";

    private NoticeTexts() {
    }

    /** The Chinese text of {@code key}, formatted like the portal's translations. */
    static String zh(String key, Object... args) {
        String pattern = bundle().getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, PortalI18NProvider.CHINESE).format(args);
    }

    static ResourceBundle bundle() {
        return PortalI18NProvider.bundle(BUNDLE, PortalI18NProvider.CHINESE);
    }
}
