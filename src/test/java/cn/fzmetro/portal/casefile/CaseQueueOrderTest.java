package cn.fzmetro.portal.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.fzmetro.portal.casefile.ui.CaseListGrid;
import cn.fzmetro.portal.testsupport.PortalSpringTest;
import cn.fzmetro.portal.testsupport.SignIn;
import cn.fzmetro.portal.testsupport.TestCases;

/**
 * The queues read a page in two index ranges (running clocks by deadline, then ended cases): paged
 * through at any page size, they give exactly the queue's cases in the order a single sorted
 * query over all of them gives, with no case twice or missing at a page border.
 */
@PortalSpringTest
class CaseQueueOrderTest {

    /** Running clocks first, the earliest deadline on top; ended cases after them, oldest first. */
    private static final Comparator<CaseFile> BY_DEADLINE = Comparator
            .comparing((CaseFile c) -> c.summary().dueDate() == null)
            .thenComparing(c -> c.summary().dueDate(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CaseFile::id);

    @Autowired
    ApplicationContext context;
    @Autowired
    Cases cases;
    @Autowired
    CaseFileRepository repository;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theWindowQueuePagesThroughRunningThenEndedCasesInDeadlineOrder() {
        TestCases.closed(context, "zhangwei");
        TestCases.submitted(context, "zhangwei");
        TestCases.transferred(context, "minjiang");
        SignIn.as(users, "clerk.cangshan");
        List<CaseFile> expected = expected(c -> "W350104".equals(c.summary().receivingWindowCode())
                && (c.summary().status() != CaseStatus.DRAFT || c.walkIn()));

        assertPagesGive(expected, p -> cases.windowQueue(QueueFilter.ALL, p));
    }

    @Test
    void theAuthorityQueuePagesThroughRunningThenEndedCasesInDeadlineOrder() {
        TestCases.closed(context, "zhangwei");
        TestCases.transferred(context, "minjiang");
        SignIn.as(users, "officer.gulou");
        List<CaseFile> expected = expected(c -> "A350102-SCJG".equals(c.summary().competentAuthorityCode())
                && CaseScope.AT_AUTHORITY.contains(c.summary().status()));

        assertPagesGive(expected, p -> cases.authorityQueue(QueueFilter.ALL, p));
    }

    private List<CaseFile> expected(Predicate<CaseFile> inQueue) {
        return repository.findAll().stream().filter(inQueue).sorted(BY_DEADLINE).toList();
    }

    private static void assertPagesGive(List<CaseFile> expected, Function<Pageable, Slice<CaseSummary>> queue) {
        int running = (int) expected.stream().filter(c -> c.summary().dueDate() != null).count();
        assertThat(running).as("running clocks in the fixture").isPositive().isLessThan(expected.size());
        List<Long> ids = expected.stream().map(CaseFile::id).toList();
        // a page size of `running` makes the second page start exactly at the first ended case
        for (int size : List.of(1, 2, 3, running, running + 1, 50)) {
            assertThat(allPages(queue, size)).as("page size %d", size).containsExactlyElementsOf(ids);
        }
    }

    private static List<Long> allPages(Function<Pageable, Slice<CaseSummary>> queue, int size) {
        List<Long> ids = new ArrayList<>();
        Slice<CaseSummary> page = queue.apply(PageRequest.of(0, size, CaseListGrid.BY_DEADLINE));
        page.forEach(c -> ids.add(c.id()));
        while (page.hasNext()) {
            page = queue.apply(page.nextPageable());
            page.forEach(c -> ids.add(c.id()));
        }
        return ids;
    }
}
