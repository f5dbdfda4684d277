package cn.fzmetro.portal.casefile;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChecklistLineRepository extends JpaRepository<ChecklistLine, Long> {

    List<ChecklistLine> findByCaseIdAndStageOrderByIdAsc(long caseId, ChecklistStage stage);

    List<ChecklistLine> findByCaseIdOrderByIdAsc(long caseId);

    boolean existsByCaseIdAndStage(long caseId, ChecklistStage stage);
}
