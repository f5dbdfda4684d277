package cn.fzmetro.portal.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The case state machine, step by step, including the steps it refuses. */
class CaseLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2026, 3, 9);

    private static CaseFile received() {
        CaseFile c = new CaseFile("SCJG-001", "有限责任公司设立登记", 1L, 7L, "张伟", "350104199003071237", NOW);
        c.route("W350104", "350104", false, "350102", null, NOW);
        c.submit("350104-20260302-000001", "key-1", DUE, false, NOW);
        return c;
    }

    @Test
    void theWholeWayFromSubmissionToClosure() {
        CaseFile c = received();
        assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
        c.requestCorrection(NOW);
        assertThat(c.status()).isEqualTo(CaseStatus.CORRECTION_REQUESTED);
        assertThat(c.correctionRound()).isEqualTo(1);
        c.resubmit(DUE, NOW);
        c.accept(DUE.plusDays(20), DUE.plusDays(30), NOW);
        c.transferTo("A350102-SCJG", NOW);
        assertThat(c.status()).isEqualTo(CaseStatus.TRANSFERRED);
        assertThat(c.competentAuthorityCode()).isEqualTo("A350102-SCJG");
        c.signFor(NOW);
        c.suspend("现场核查", NOW);
        assertThat(c.status()).isEqualTo(CaseStatus.SUSPENDED);
        c.resume(DUE.plusDays(25), DUE.plusDays(35), NOW);
        c.decide(true, "符合法定条件", NOW);
        assertThat(c.status()).isEqualTo(CaseStatus.APPROVED);
        c.close(DeliveryMethod.WINDOW, null, NOW);
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void aReturnedCaseGoesBackToTheWindowWithoutAnAuthority() {
        CaseFile c = received();
        c.accept(DUE, DUE, NOW);
        c.transferTo("A350102-SCJG", NOW);
        c.returnNotCompetent("经营场所不在本辖区", NOW);
        assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(c.competentAuthorityCode()).isNull();
    }

    @Test
    void refusesStepsTheStatusDoesNotAllow() {
        CaseFile c = received();
        assertThatThrownBy(() -> c.signFor(NOW)).isInstanceOfSatisfying(CaseStateException.class,
                e -> assertThat(e.attempted()).isEqualTo(CaseAction.SIGNED_FOR));
        assertThatThrownBy(() -> c.decide(true, "x", NOW)).isInstanceOf(CaseStateException.class);
        c.accept(DUE, DUE, NOW);
        assertThatThrownBy(() -> c.withdraw(NOW)).as("no withdrawal once a clerk accepted")
                .isInstanceOf(CaseStateException.class);
        assertThatThrownBy(() -> c.requestCorrection(NOW)).isInstanceOf(CaseStateException.class);
        assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
    }

    @Test
    void anApplicantMayWithdrawUntilAcceptance() {
        CaseFile c = received();
        c.requestCorrection(NOW);
        c.withdraw(NOW);
        assertThat(c.status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(CaseLifecycle.allows(CaseStatus.WITHDRAWN, CaseAction.RESUBMITTED)).isFalse();
    }

    @Test
    void deemedAcceptanceKeepsTheCaseAtTheWindowAndRecordsTheReceiptDay() {
        CaseFile c = received();
        c.markDeemedAccepted(LocalDate.of(2026, 3, 2), NOW);
        assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(c.deemedAcceptedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void everyStatusButTheEndsHasAWayOn() {
        for (CaseStatus s : CaseStatus.values()) {
            boolean terminal = s == CaseStatus.CLOSED || s == CaseStatus.WITHDRAWN || s == CaseStatus.REFUSED;
            boolean hasNext = java.util.Arrays.stream(CaseAction.values()).anyMatch(a -> CaseLifecycle.allows(s, a));
            assertThat(hasNext).as(s.name()).isEqualTo(!terminal);
        }
    }
}
