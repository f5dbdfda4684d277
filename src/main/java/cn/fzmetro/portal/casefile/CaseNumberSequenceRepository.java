package cn.fzmetro.portal.casefile;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseNumberSequenceRepository extends JpaRepository<CaseNumberSequence, CaseNumberSequence.Key> {

    /**
     * Locks the row until the submitting transaction ends. Plain {@code FOR UPDATE}: Hibernate's
     * pessimistic lock writes {@code FOR UPDATE OF alias}, which MariaDB refuses.
     */
    @Query(value = "select * from case_number_sequence where region_code = :region and seq_day = :day for update",
            nativeQuery = true)
    Optional<CaseNumberSequence> lock(@Param("region") String regionCode, @Param("day") LocalDate day);
}
