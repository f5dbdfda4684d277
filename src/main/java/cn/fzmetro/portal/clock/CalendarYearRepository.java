package cn.fzmetro.portal.clock;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CalendarYearRepository extends JpaRepository<CalendarYear, Integer> {

    /** The year's row locked for the rest of the transaction, so two imports of one year run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select y from CalendarYear y where y.year = :year")
    Optional<CalendarYear> findForUpdate(@Param("year") int year);
}
