package cn.fzmetro.portal.casefile;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Append-only: the repository offers saving and reading, nothing that changes or deletes. */
interface CaseHistoryRepository extends Repository<CaseHistoryEntry, Long> {

    CaseHistoryEntry save(CaseHistoryEntry entry);

    List<CaseHistoryEntry> findByCaseIdOrderByAtAscIdAsc(long caseId);
}
