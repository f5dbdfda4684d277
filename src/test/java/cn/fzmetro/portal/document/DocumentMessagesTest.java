package cn.fzmetro.portal.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.fzmetro.portal.base.i18n.PortalI18NProvider;

/** Every refusal reason has its own message in both languages, and each names the file. */
class DocumentMessagesTest {

    @Test
    void everyReasonHasAMessageNamingTheFileInChineseAndEnglish() {
        PortalI18NProvider provider = new PortalI18NProvider();
        for (RefusalReason reason : RefusalReason.values()) {
            for (var locale : List.of(PortalI18NProvider.CHINESE, PortalI18NProvider.ENGLISH)) {
                String message = provider.getTranslation(reason.messageKey(), locale, "申请书.pdf", "1 MB", "2 MB");
                assertThat(message).as("%s in %s", reason, locale).doesNotStartWith("!").contains("申请书.pdf")
                        .doesNotContain("{");
            }
        }
        assertThat(provider.getTranslation(FileRefusedException.FIELD, PortalI18NProvider.CHINESE)).isEqualTo("文件");
    }
}
