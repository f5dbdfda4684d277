package cn.fzmetro.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;

import cn.fzmetro.portal.PortalApplication;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

/** Module boundaries and layering, checked on every build. */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(PortalApplication.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.fzmetro.portal");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void viewsNeverTouchRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .because("views call application services, which own transactions and access checks")
                .check(CLASSES);
    }

    @Test
    void everyViewDeclaresWhoMayOpenIt() {
        ArchRule rule = ArchRuleDefinition.classes().that().areAnnotatedWith(Route.class)
                .or().areAnnotatedWith(com.vaadin.flow.router.Layout.class)
                .should().beAnnotatedWith(com.vaadin.flow.server.auth.AnonymousAllowed.class)
                .orShould().beAnnotatedWith(jakarta.annotation.security.PermitAll.class)
                .orShould().beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class);
        rule.check(CLASSES);
    }

    @Test
    void viewsLiveInTheUiPackageOfTheirFeature() {
        ArchRuleDefinition.classes().that().areAnnotatedWith(Route.class)
                .should().resideInAPackage("..ui..").check(CLASSES);
    }
}
