package cn.fzmetro.portal.clock;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CalendarDayRepository extends JpaRepository<CalendarDay, Long> {

    @Modifying
    @Query("delete from CalendarDay d where d.calendarYear = :year")
    int deleteByYear(@Param("year") int year);
}
