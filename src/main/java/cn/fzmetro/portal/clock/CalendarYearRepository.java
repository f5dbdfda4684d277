package cn.fzmetro.portal.clock;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CalendarYearRepository extends JpaRepository<CalendarYear, Integer> {

    /**
     * The year's row locked for the rest of the transaction, so two imports of one year run one after
     * the other. Native SQL on purpose: for {@code @Lock(PESSIMISTIC_WRITE)} Hibernate's MySQL dialect
     * writes {@code FOR UPDATE OF <alias>}, which MariaDB 10.11 rejects; plain {@code FOR UPDATE} runs
     * on H2, MySQL 8 and MariaDB alike.
     */
    @Query(value = "select * from calendar_year where calendar_year = :year for update", nativeQuery = true)
    Optional<CalendarYear> findForUpdate(@Param("year") int year);

    /** Changes with every import anywhere: how many years are stored and the sum of their row versions. */
    @Query(value = "select concat(count(*), '/', coalesce(sum(version), 0)) from calendar_year", nativeQuery = true)
    String fingerprint();
}
