package cn.fzmetro.portal.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.testsupport.Applications;
import cn.fzmetro.portal.testsupport.PortalSpringTest;
import cn.fzmetro.portal.testsupport.SignIn;

/** Open cases of a closed window or authority move on, recorded in each case's history; ended cases stay. */
@PortalSpringTest
class CaseTransfersTest {

    @Autowired
    CaseTransfers transfers;
    @Autowired
    CaseFiling filing;
    @Autowired
    CaseIntake intake;
    @Autowired
    CaseReview review;
    @Autowired
    Cases cases;
    @Autowired
    CatalogQuery catalog;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private CaseSummary submittedAt(String window) {
        SignIn.as(users, "zhangwei");
        return new Applications(filing, catalog).submitted("SCJG-001", window, "350102");
    }

    @Test
    void aWindowsOpenCasesMoveToAnotherWindowAndEndedOnesStay() {
        CaseSummary open = submittedAt("W350302");
        CaseSummary ended = submittedAt("W350302");
        SignIn.as(users, "zhangwei");
        filing.withdraw(ended.id(), ended.version());

        SignIn.as(users, "admin");
        assertThatThrownBy(() -> transfers.moveWindowCases("W350302", "W350302"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("case.error.move-target"));
        int moved = transfers.moveWindowCases("W350302", "W350104");
        assertThat(moved).isPositive();
        assertThat(cases.get(open.id()).receivingWindowCode()).isEqualTo("W350104");
        assertThat(cases.get(ended.id()).receivingWindowCode()).isEqualTo("W350302");
        assertThat(cases.page(open.id()).history()).last().satisfies(l -> {
            assertThat(l.action()).isEqualTo(CaseAction.MOVED);
            assertThat(l.detail()).contains("→");
        });

        SignIn.as(users, "clerk.putian");
        assertThatThrownBy(() -> cases.get(open.id())).isInstanceOf(CaseNotFoundException.class);
        SignIn.as(users, "clerk.cangshan");
        assertThat(cases.get(open.id()).status()).isEqualTo(CaseStatus.RECEIVED);
    }

    @Test
    void anAuthoritysOpenCasesMoveOnlyToAnOpenAuthorityOfTheSameKind() {
        CaseSummary c = submittedAt("W350104");
        SignIn.as(users, "clerk.cangshan");
        Applications.conformAll(cases, intake, review, c.id(), ChecklistStage.INTAKE);
        intake.accept(c.id(), cases.get(c.id()).version(), null);

        SignIn.as(users, "admin");
        assertThatThrownBy(() -> transfers.moveAuthorityCases("A350102-SCJG", "A350103-WJ"))
                .as("a health authority cannot take over a market regulator's cases")
                .isInstanceOf(InvalidInputException.class);
        assertThat(transfers.moveAuthorityCases("A350102-SCJG", "A350103-SCJG")).isPositive();
        assertThat(cases.get(c.id()).competentAuthorityCode()).isEqualTo("A350103-SCJG");
        SignIn.as(users, "officer.gulou");
        assertThatThrownBy(() -> cases.get(c.id())).isInstanceOf(CaseNotFoundException.class);
    }

    @Test
    void onlyAdministratorsMoveCases() {
        SignIn.as(users, "clerk.cangshan");
        assertThatThrownBy(() -> transfers.moveWindowCases("W350104", "W350302"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
