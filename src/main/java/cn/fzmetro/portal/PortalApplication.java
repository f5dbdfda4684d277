package cn.fzmetro.portal;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

import cn.fzmetro.portal.base.i18n.PortalI18NProvider;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * 福州都市圈通办 portal. Lumo is loaded as a plain stylesheet and the portal's own styles come
 * from {@code frontend/styles}: no front-end bundle is built (see docs/architecture.md).
 */
@SpringBootApplication
@Modulithic(sharedModules = "base")
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/portal.css")
public class PortalApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }

    /** The portal's name is in the first HTML a browser or crawler gets, before any script runs. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle(new PortalI18NProvider().getTranslation("portal.name", PortalI18NProvider.CHINESE));
        settings.addMetaTag("description", new PortalI18NProvider().getTranslation("home.intro",
                PortalI18NProvider.CHINESE));
    }

    /** The one source of "now": tests replace it with a fixed clock. */
    @Bean
    Clock clock() {
        return Clock.system(java.time.ZoneId.of("Asia/Shanghai"));
    }
}
