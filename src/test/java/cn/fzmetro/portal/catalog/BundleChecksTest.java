package cn.fzmetro.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fzmetro.portal.testsupport.PortalSpringTest;

/** A start skips checking the bundled catalog only when its files are exactly those last imported. */
@PortalSpringTest
class BundleChecksTest {

    @Autowired
    BundleChecks checks;

    @Test
    void onlyTheSameNamesAndBytesCountAsChecked() {
        String digest = BundleChecks.digest(Map.of("A.yaml", bytes("code: A"), "B.yaml", bytes("code: B")));
        assertThat(BundleChecks.digest(Map.of("B.yaml", bytes("code: B"), "A.yaml", bytes("code: A"))))
                .as("order of reading").isEqualTo(digest);
        assertThat(BundleChecks.digest(Map.of("A.yaml", bytes("code: Acode: B"), "B.yaml", bytes(""))))
                .as("bytes moved between files").isNotEqualTo(digest);
        assertThat(BundleChecks.digest(Map.of("A.yaml", bytes("code: A"), "C.yaml", bytes("code: B"))))
                .as("a renamed file").isNotEqualTo(digest);

        assertThat(checks.unchanged("test-bundle", digest)).isFalse();
        checks.checked("test-bundle", digest);
        assertThat(checks.unchanged("test-bundle", digest)).isTrue();
        assertThat(checks.unchanged("other-bundle", digest)).isFalse();

        String changed = BundleChecks.digest(Map.of("A.yaml", bytes("code: A2")));
        assertThat(checks.unchanged("test-bundle", changed)).isFalse();
        checks.checked("test-bundle", changed);
        assertThat(checks.unchanged("test-bundle", digest)).as("only the latest set counts").isFalse();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
