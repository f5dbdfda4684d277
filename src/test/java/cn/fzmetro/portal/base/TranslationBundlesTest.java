package cn.fzmetro.portal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.fzmetro.portal.base.i18n.PortalI18NProvider;

/**
 * Every text a user reads comes from the bundles, in both languages: a key missing in one
 * language, a key used in code but absent, or a literal text in a view fails the build.
 */
class TranslationBundlesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern KEY_IN_CODE = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"");
    private static final Pattern HAN_LITERAL = Pattern.compile("\"[^\"\\n]*\\p{IsHan}[^\"\\n]*\"");
    private static final Pattern TEXT_SETTER_LITERAL = Pattern.compile(
            "(new (Button|Span|H[1-6]|Paragraph|Label|NativeLabel|ListItem|Details|Tab)\\(|"
                    + "\\.(setText|setLabel|setHeader|setPlaceholder|setHelperText|setTitle|setErrorMessage|"
                    + "setEmptyStateText|show)\\()\\s*\"[A-Za-z][^\"]*\"");

    @Test
    void everyBundleHasTheSameKeysInChineseAndEnglish() {
        List<String> bundles = PortalI18NProvider.bundleNames();
        assertThat(bundles).contains("messages", "catalog");
        for (String name : bundles) {
            Set<String> zh = PortalI18NProvider.bundle(name, PortalI18NProvider.CHINESE).keySet();
            Set<String> en = PortalI18NProvider.bundle(name, PortalI18NProvider.ENGLISH).keySet();
            assertThat(difference(zh, en)).as("keys of %s missing in English", name).isEmpty();
            assertThat(difference(en, zh)).as("keys of %s missing in Chinese", name).isEmpty();
        }
    }

    @Test
    void everyKeyUsedInCodeExistsInBothLanguages() throws IOException {
        Set<String> used = new HashSet<>();
        for (Path file : javaFiles()) {
            Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
            while (m.find()) {
                // "prefix." + code: dynamic keys, checked against their enums below
                if (!m.group(1).endsWith(".")) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        PortalI18NProvider provider = new PortalI18NProvider();
        List<String> missing = new ArrayList<>();
        for (String key : used) {
            for (var locale : provider.getProvidedLocales()) {
                if (provider.getTranslation(key, locale).startsWith("!")) {
                    missing.add(key + " (" + locale + ")");
                }
            }
        }
        assertThat(missing).as("translation keys used in code but missing").isEmpty();
    }

    @Test
    void viewsContainNoLiteralUserText() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (!file.toString().contains("/ui/")) {
                continue;
            }
            String[] lines = Files.readString(file).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].trim();
                if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")) {
                    continue;
                }
                if (HAN_LITERAL.matcher(line).find() || TEXT_SETTER_LITERAL.matcher(line).find()) {
                    offenders.add(SOURCES.relativize(file) + ":" + (i + 1) + " " + line);
                }
            }
        }
        assertThat(offenders).as("literal UI text in views; use getTranslation(key)").isEmpty();
    }

    @Test
    void theLiteralTextCheckCatchesBothKindsOfLiteral() {
        assertThat(HAN_LITERAL.matcher("add(new Span(\"办件编号\"));").find()).isTrue();
        assertThat(TEXT_SETTER_LITERAL.matcher("button.setText(\"Save\");").find()).isTrue();
        assertThat(TEXT_SETTER_LITERAL.matcher("new Button(getTranslation(\"action.save\"))").find()).isFalse();
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new HashSet<>(a);
        d.removeAll(b);
        return d;
    }
}
