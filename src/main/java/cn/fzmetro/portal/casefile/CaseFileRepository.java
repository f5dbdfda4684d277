package cn.fzmetro.portal.casefile;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseFileRepository extends JpaRepository<CaseFile, Long> {

    Page<CaseFile> findByApplicantId(long applicantId, Pageable page);

    java.util.Optional<CaseFile> findBySubmissionKey(String submissionKey);

    /** Received cases whose five-working-day intake clock ran out without a decision. */
    @org.springframework.data.jpa.repository.Query("""
            select c from CaseFile c where c.status = cn.fzmetro.portal.casefile.CaseStatus.RECEIVED
              and c.deemedAcceptedOn is null and c.dueDate < :today
            """)
    java.util.List<CaseFile> findIntakeOverdue(@org.springframework.data.repository.query.Param("today")
            java.time.LocalDate today);

    Page<CaseFile> findByReceivingWindowCodeAndStatusNot(String windowCode, CaseStatus excluded, Pageable page);

    Page<CaseFile> findByCompetentAuthorityCodeAndStatusIn(String authorityCode,
            java.util.Collection<CaseStatus> statuses, Pageable page);
}
