package cn.fzmetro.portal.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import cn.fzmetro.portal.testsupport.PortalSpringTest;

/** Case numbers stay unique and gap-free when several transactions mint at once. */
@PortalSpringTest
class CaseNumbersTest {

    @Autowired
    CaseNumbers numbers;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void concurrentMintingGivesUniqueConsecutiveNumbers() throws Exception {
        // a day of its own, so reruns on a shared database start from 1
        LocalDate day = LocalDate.of(2030, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        int threads = 4;
        int each = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Callable<List<String>> minting = () -> {
                List<String> minted = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    minted.add(transaction.execute(s -> numbers.mint("350104", day)));
                }
                return minted;
            };
            results.add(pool.submit(minting));
        }
        List<String> all = new ArrayList<>();
        for (Future<List<String>> r : results) {
            all.addAll(r.get());
        }
        pool.shutdown();
        assertThat(all).hasSize(threads * each).doesNotHaveDuplicates();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= threads * each; i++) {
            expected.add(CaseNumbers.format("350104", day, i));
        }
        assertThat(all).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected.get(0)).isEqualTo("350104-" + day.toString().replace("-", "") + "-000001");
    }
}
