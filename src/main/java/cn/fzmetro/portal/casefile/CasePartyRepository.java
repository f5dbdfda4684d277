package cn.fzmetro.portal.casefile;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Reads only who a case belongs to, without loading the case. */
interface CasePartyRepository extends Repository<CaseFile, Long> {

    @Query("""
            select new cn.fzmetro.portal.casefile.CaseParty(c.id, c.caseNumber, c.itemName, c.applicantId, c.applicantName)
            from CaseFile c where c.id = :caseId
            """)
    Optional<CaseParty> findParty(@Param("caseId") long caseId);
}
