package cn.fzmetro.portal.base.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Translations from the bundles {@code i18n/<name>_<locale>.properties}: {@code messages} for
 * the shared texts and one bundle per feature module, so modules never edit each other's files.
 * Simplified Chinese is the portal's language; English is complete. No fallback between
 * languages, so a missing key shows as {@code !key!} and is caught by the bundle completeness
 * test, never silently hidden.
 */
@Component
public class PortalI18NProvider implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final String FOLDER = "i18n/";
    private static final List<Locale> LOCALES = List.of(CHINESE, ENGLISH);
    private static final Logger log = LoggerFactory.getLogger(PortalI18NProvider.class);

    private final List<String> bundles;

    public PortalI18NProvider() {
        this.bundles = bundleNames();
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        for (String name : bundles) {
            ResourceBundle bundle = bundle(name, locale);
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
            }
        }
        log.warn("Missing translation {} for {}", key, locale);
        return "!" + key + "!";
    }

    /** Chinese unless English was asked for. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }

    public static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(FOLDER + name, supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Every bundle on the class path, found by its Chinese file. */
    public static List<String> bundleNames() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:" + FOLDER + "*_zh_CN.properties");
            return Arrays.stream(files).map(Resource::getFilename)
                    .map(f -> f.substring(0, f.length() - "_zh_CN.properties".length())).distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
