package cn.fzmetro.portal.clock;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes calendar years that tests imported, so the shared test context keeps only the shipped
 * calendar for the tests that follow. Public for the view tests in {@code clock.ui}.
 */
public final class TestYears {

    private TestYears() {
    }

    public static void remove(ApplicationContext context, int... testYears) {
        CalendarYearRepository years = context.getBean(CalendarYearRepository.class);
        CalendarDayRepository days = context.getBean(CalendarDayRepository.class);
        context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            for (int y : testYears) {
                days.deleteByYear(y);
                years.findById(y).ifPresent(years::delete);
            }
        });
        context.getBean(WorkingDays.class).refresh();
    }
}
