package cn.fzmetro.portal.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseFileRepository extends JpaRepository<CaseFile, Long>, JpaSpecificationExecutor<CaseFile> {

    Optional<CaseFile> findBySubmissionKey(String submissionKey);

    Optional<CaseFile> findByCaseNumber(String caseNumber);

    List<CaseFile> findByReceivingWindowCodeAndStatusIn(String windowCode, java.util.Collection<CaseStatus> statuses);

    List<CaseFile> findByCompetentAuthorityCodeAndStatusIn(String authorityCode,
            java.util.Collection<CaseStatus> statuses);

    /** Received cases whose five-working-day intake clock ran out without a decision. */
    @Query("""
            select c from CaseFile c where c.status = cn.fzmetro.portal.casefile.CaseStatus.RECEIVED
              and c.deemedAcceptedOn is null and c.dueDate < :today
            """)
    List<CaseFile> findIntakeOverdue(@Param("today") LocalDate today);
}
