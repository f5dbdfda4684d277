package cn.fzmetro.portal.casefile;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseMaterialFileRepository extends JpaRepository<CaseMaterialFile, Long> {

    List<CaseMaterialFile> findByCaseIdOrderByIdAsc(long caseId);

    List<CaseMaterialFile> findByCaseIdAndMaterialCodeOrderByIdAsc(long caseId, String materialCode);
}
