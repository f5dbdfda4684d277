package cn.fzmetro.portal.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.testsupport.Applications;
import cn.fzmetro.portal.testsupport.PortalSpringTest;
import cn.fzmetro.portal.testsupport.SignIn;

/** Administrators search and export the action log; each reading is logged; nobody else reads it. */
@PortalSpringTest
class CaseAuditTest {

    @Autowired
    CaseAudit audit;
    @Autowired
    CaseFiling filing;
    @Autowired
    CaseIntake intake;
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

    @Test
    void searchByCaseNumberUserAndActionExportAndEveryReadingIsLogged() {
        SignIn.as(users, "zhangwei");
        CaseSummary c = new Applications(filing, catalog).submitted("SCJG-001", "W350104", "350102");
        SignIn.as(users, "clerk.cangshan");
        intake.claim(c.id(), c.version());

        SignIn.as(users, "admin");
        int readsBefore = audit.myRecentReads().size();
        var all = audit.search(new AuditQuery(c.caseNumber(), null, null, null, null, null), PageRequest.of(0, 20));
        assertThat(all.getTotalElements()).isEqualTo(2);
        assertThat(all.getContent()).extracting(AuditLine::action).containsExactly(CaseAction.CLAIMED,
                CaseAction.SUBMITTED);
        var byClerk = audit.search(new AuditQuery(c.caseNumber(), "陈", "仓山", CaseAction.CLAIMED,
                LocalDate.now().minusDays(1), LocalDate.now().plusDays(1)), PageRequest.of(0, 20));
        assertThat(byClerk.getContent()).singleElement()
                .satisfies(l -> assertThat(l.actorRole()).isEqualTo("CLERK"));
        var none = audit.search(new AuditQuery(c.caseNumber(), "%", null, null, null, null), PageRequest.of(0, 20));
        assertThat(none.getTotalElements()).as("wildcards are matched literally").isZero();

        StringWriter csv = new StringWriter();
        assertThat(audit.exportCsv(new AuditQuery(c.caseNumber(), null, null, null, null, null), csv)).isEqualTo(2);
        assertThat(csv.toString()).startsWith("\uFEFF\"case_number\",").contains("\"" + c.caseNumber() + "\"",
                "\"SUBMITTED\"", "\"CLAIMED\"");
        assertThat(audit.myRecentReads()).hasSize(Math.min(10, readsBefore + 4)) // three searches, one export
                .first().asString().startsWith("EXPORT case=" + c.caseNumber());
    }

    @Test
    void onlyAdministratorsReadTheLog() {
        SignIn.as(users, "clerk.cangshan");
        AuditQuery any = new AuditQuery(null, null, null, null, null, null);
        assertThatThrownBy(() -> audit.search(any, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "zhangwei");
        assertThatThrownBy(() -> audit.exportCsv(any, new StringWriter())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void csvCellsAreQuotedAndFormulasDefused() {
        assertThat(cn.fzmetro.portal.base.text.Csv.cell("a\"b")).isEqualTo("\"a\"\"b\"");
        assertThat(cn.fzmetro.portal.base.text.Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(cn.fzmetro.portal.base.text.Csv.cell(null)).isEmpty();
    }
}
