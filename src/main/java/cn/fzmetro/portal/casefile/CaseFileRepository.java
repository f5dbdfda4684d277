package cn.fzmetro.portal.casefile;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseFileRepository extends JpaRepository<CaseFile, Long> {

    Page<CaseFile> findByApplicantId(long applicantId, Pageable page);

    java.util.Optional<CaseFile> findBySubmissionKey(String submissionKey);

    Page<CaseFile> findByReceivingWindowCodeAndStatusNot(String windowCode, CaseStatus excluded, Pageable page);

    Page<CaseFile> findByCompetentAuthorityCodeAndStatusIn(String authorityCode,
            java.util.Collection<CaseStatus> statuses, Pageable page);
}
