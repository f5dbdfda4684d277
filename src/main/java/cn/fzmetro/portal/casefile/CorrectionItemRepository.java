package cn.fzmetro.portal.casefile;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CorrectionItemRepository extends JpaRepository<CorrectionItem, Long> {

    List<CorrectionItem> findByCaseIdOrderByRoundAscIdAsc(long caseId);

    List<CorrectionItem> findByCaseIdAndRoundOrderByIdAsc(long caseId, int round);
}
