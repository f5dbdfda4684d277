package cn.fzmetro.portal.base.ui;

import cn.fzmetro.portal.base.i18n.LanguagePreference;
import cn.fzmetro.portal.base.i18n.PortalI18NProvider;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** The button that turns the portal into the other language (中文 ↔ English), on every page. */
class LanguageSwitch extends Button {

    LanguageSwitch() {
        setText(getTranslation("language.switch"));
        setId("language-switch");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(e -> {
            boolean english = PortalI18NProvider.ENGLISH.getLanguage().equals(getLocale().getLanguage());
            LanguagePreference.switchTo(english ? PortalI18NProvider.CHINESE : PortalI18NProvider.ENGLISH);
        });
    }
}
