package cn.fzmetro.portal.casefile;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.fzmetro.portal.base.cluster.ClusterJobLock;
import cn.fzmetro.portal.casefile.CaseEvents.CaseDeemedAccepted;
import cn.fzmetro.portal.clock.Deadlines;

/**
 * Art. 32 of the Administrative Licensing Law: a received case that got neither a correction
 * notice nor acceptance within five working days counts as accepted on the day it was received.
 * Checked every working morning and at start-up; the case stays in the window's queue, flagged,
 * for the clerk to finish and the supervisors to see.
 */
@Component
class FiveDayRule {

    private static final Logger log = LoggerFactory.getLogger(FiveDayRule.class);

    private final CaseFileRepository cases;
    private final CaseSteps steps;
    private final Deadlines deadlines;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ClusterJobLock lock;
    /** Through the proxy, so the job runs in its transaction. */
    private final FiveDayRule self;
    /** No node starts the next run sooner than this after one began; shorter than the cron's interval. */
    private final Duration holdAtLeast;

    FiveDayRule(CaseFileRepository cases, CaseSteps steps, Deadlines deadlines, ApplicationEventPublisher events,
            Clock clock, ClusterJobLock lock, @Lazy FiveDayRule self,
            @Value("${portal.clock.five-day-rule-hold:PT5M}") Duration holdAtLeast) {
        this.holdAtLeast = holdAtLeast;
        this.lock = lock;
        this.self = self;
        this.cases = cases;
        this.steps = steps;
        this.deadlines = deadlines;
        this.events = events;
        this.clock = clock;
    }

    /** On every node; the cluster lock lets one node run each firing. */
    @Scheduled(cron = "${portal.clock.five-day-rule-cron:0 5 0,8 * * *}", zone = "Asia/Shanghai")
    public void onSchedule() {
        lock.runOnce("five-day-rule", Duration.ofMinutes(30), holdAtLeast, self::checkNow);
    }

    @Transactional
    public void checkNow() {
        int marked = markOverdue(deadlines.today());
        if (marked > 0) {
            log.info("Five-day rule: {} case(s) deemed accepted", marked);
        }
    }

    /** Marks every overdue received case; returns how many. */
    @Transactional
    public int markOverdue(LocalDate today) {
        int marked = 0;
        for (CaseFile c : cases.findIntakeOverdue(today)) {
            LocalDate receivedOn = Deadlines.localDate(c.receivedAt());
            CaseStatus before = c.status();
            c.markDeemedAccepted(receivedOn, clock.instant());
            steps.recordBySystem(c, CaseAction.DEEMED_ACCEPTED, before, receivedOn.toString());
            events.publishEvent(new CaseDeemedAccepted(c.id(), c.caseNumber(), c.status(), clock.instant(),
                    receivedOn, c.receivingWindowCode()));
            marked++;
        }
        return marked;
    }
}
